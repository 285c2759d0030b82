import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals } from "../deals/tables";
import { members } from "../orgs/tables";
import type { RecordObject } from "./enums";
import { type RecordTable, visibleRecords } from "./visibility";

export type References = {
  companyId?: string | null;
  contactId?: string | null;
  primaryContactId?: string | null;
  dealId?: string | null;
  ownerId?: string | null;
  /** A deal's additional contacts. */
  contactIds?: string[];
};

type Field = Exclude<keyof References, "ownerId" | "contactIds">;

const TARGETS: Record<Field, { table: PgTable & RecordTable; object: RecordObject }> = {
  companyId: { table: companies, object: "companies" },
  contactId: { table: contacts, object: "contacts" },
  primaryContactId: { table: contacts, object: "contacts" },
  dealId: { table: deals, object: "deals" },
};

const NOT_FOUND = "Not found, or not visible to you";

/**
 * The one check every create and update service runs on the records it links to. Foreign keys do
 * not know about tenants or visibility: each referenced record must be one the caller may see (in
 * their org, out of the trash, and for a rep their own, shared with them or readable to all reps).
 * A missing record and one the caller may not see get the same 422 naming the field, so the answer
 * tells nothing about records they cannot open. An owner must be a member of the org.
 * `current` holds the links the record already has: a link kept as it was is not checked again, so
 * a rep may edit a record that someone else linked to a record the rep cannot see.
 */
export async function assertReferences(
  tx: Tx,
  ctx: Ctx,
  refs: References,
  current: References = {},
): Promise<void> {
  const fieldErrors: Record<string, string[]> = {};
  for (const field of Object.keys(TARGETS) as Field[]) {
    const id = refs[field];
    if (!id || id === current[field]) continue;
    const { table, object } = TARGETS[field];
    const [row] = await tx
      .select({ id: sql<string>`${table.id}` })
      .from(table)
      .where(and(visibleRecords(ctx, table, object), eq(table.id, id)) as SQL)
      .limit(1);
    if (!row) fieldErrors[field] = [NOT_FOUND];
  }
  const kept = new Set(current.contactIds ?? []);
  const newContactIds = [...new Set(refs.contactIds ?? [])].filter((id) => !kept.has(id));
  if (newContactIds.length > 0) {
    const found = await tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(visibleRecords(ctx, contacts, "contacts"), inArray(contacts.id, newContactIds)) as SQL);
    if (found.length !== newContactIds.length) fieldErrors.contactIds = [NOT_FOUND];
  }
  if (refs.ownerId && refs.ownerId !== current.ownerId) {
    const [member] = await tx
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.organizationId, ctx.orgId), eq(members.userId, refs.ownerId)));
    if (!member) fieldErrors.ownerId = ["Not a member of this organization"];
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("unprocessable", "Some referenced records do not exist", { fieldErrors });
  }
}
