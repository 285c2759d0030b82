import { type AnyColumn, and, eq, getTableColumns } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals } from "../deals/tables";
import { leads } from "../leads/tables";
import { RECORD_TABLES } from "../records/record-tables";
import { bulkInsert } from "./bulk-insert";
import type { ImportObject } from "./schemas";

// Typed insert/update helpers over validated service input, for the record tables an import writes.

export type RecordValues = Record<string, unknown>;

export async function insertRecords(tx: Tx, object: ImportObject, rows: RecordValues[]): Promise<void> {
  await bulkInsert(tx, RECORD_TABLES[object], rows);
}

/** Database column names a rollback restores from a snapshot: every stored column but the key and org. */
export function restorableColumns(object: ImportObject): string[] {
  return Object.values(getTableColumns(RECORD_TABLES[object]))
    .filter((c) => !c.generated && c.name !== "id" && c.name !== "org_id")
    .map((c) => c.name);
}

export async function updateRecord(
  tx: Tx,
  object: ImportObject,
  orgId: string,
  id: string,
  patch: RecordValues,
): Promise<void> {
  const where = (t: { id: AnyColumn; orgId: AnyColumn }) => and(eq(t.orgId, orgId), eq(t.id, id));
  switch (object) {
    case "contacts":
      await tx
        .update(contacts)
        .set(patch as Partial<typeof contacts.$inferInsert>)
        .where(where(contacts));
      return;
    case "companies":
      await tx
        .update(companies)
        .set(patch as Partial<typeof companies.$inferInsert>)
        .where(where(companies));
      return;
    case "leads":
      await tx
        .update(leads)
        .set(patch as Partial<typeof leads.$inferInsert>)
        .where(where(leads));
      return;
    case "deals":
      await tx
        .update(deals)
        .set(patch as Partial<typeof deals.$inferInsert>)
        .where(where(deals));
      return;
  }
}
