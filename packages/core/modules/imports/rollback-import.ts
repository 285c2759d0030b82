import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { executeRows } from "../../db/execute-rows";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { activities } from "../activities/tables";
import { recordAudit } from "../audit/record-audit";
import { RECORD_TABLES } from "../records/record-tables";
import { recordShares } from "../records/shares-table";
import { tasks } from "../tasks/tables";
import { findImportOrThrow, startedImport, toImportResponse } from "./get-import";
import { restorableColumns } from "./record-tables";
import type { ImportObject } from "./schemas";
import { importChanges, imports } from "./tables";

// Dependents first: deals point at contacts and companies, contacts at companies.
const ORDER: ImportObject[] = ["deals", "leads", "contacts", "companies"];
const ACTIVITY_COLUMN = { deals: "dealId", contacts: "contactId", companies: "companyId" } as const;

/**
 * Undoes an import in one transaction: every record it updated gets back its row from before the
 * import (the first snapshot, should a row have been updated twice); every record it created is
 * deleted with its dependent rows (activities, tasks, shares; deal contacts by cascade). Allowed to
 * the importer and admins, after the import completed or failed.
 */
export async function rollbackImport(ctx: Ctx, id: string) {
  assertCan(ctx, "records:write");
  return withOrg(ctx, async (tx) => {
    const imp = await findImportOrThrow(tx, ctx, id);
    if (ctx.role !== "admin" && !startedImport(ctx, imp)) {
      throw new AppError("forbidden", "Only the person who ran the import or an admin can roll it back");
    }
    const [locked] = await tx
      .select({ status: imports.status })
      .from(imports)
      .where(and(eq(imports.orgId, ctx.orgId), eq(imports.id, id)))
      .for("update");
    if (locked?.status !== "completed" && locked?.status !== "failed") {
      throw new AppError("conflict", `An import that is ${locked?.status ?? "gone"} cannot be rolled back`);
    }
    const restored: Record<string, number> = {};
    const removed: Record<string, number> = {};
    for (const object of ORDER) restored[object] = await restoreUpdated(tx, ctx, id, object);
    for (const object of ORDER) removed[object] = await deleteCreated(tx, ctx, id, object);
    const [row] = await tx
      .update(imports)
      .set({ status: "rolled_back", rolledBackAt: new Date(), updatedAt: new Date() })
      .where(and(eq(imports.orgId, ctx.orgId), eq(imports.id, id)))
      .returning();
    if (!row) throw new Error("update returned no row");
    await recordAudit(tx, ctx, {
      action: "import.rollback",
      entityType: "import",
      entityId: id,
      before: { status: imp.status },
      after: { restored, removed },
    });
    return toImportResponse(row);
  });
}

async function restoreUpdated(tx: Tx, ctx: Ctx, importId: string, object: ImportObject): Promise<number> {
  const table = RECORD_TABLES[object];
  const columns = restorableColumns(object);
  const assignments = sql.join(
    columns.map((c) => sql`${sql.identifier(c)} = r.${sql.identifier(c)}`),
    sql`, `,
  );
  const updated = await executeRows(
    tx,
    sql`
    update ${table} as t set ${assignments}
    from (
      select distinct on (c.record_id) c.record_id, c.before
      from ${importChanges} c
      where c.org_id = ${ctx.orgId} and c.import_id = ${importId} and c.object = ${object} and c.kind = 'updated'
      order by c.record_id, c.id
    ) as c
    cross join lateral jsonb_populate_record(null::${table}, c.before) as r
    where t.id = c.record_id and t.org_id = ${ctx.orgId}
    returning t.id`,
  );
  return updated.length;
}

async function deleteCreated(tx: Tx, ctx: Ctx, importId: string, object: ImportObject): Promise<number> {
  const table = RECORD_TABLES[object];
  const created = tx
    .select({ id: importChanges.recordId })
    .from(importChanges)
    .where(
      and(
        eq(importChanges.orgId, ctx.orgId),
        eq(importChanges.importId, importId),
        eq(importChanges.object, object),
        eq(importChanges.kind, "created"),
      ),
    );
  if (object !== "leads") {
    const column = ACTIVITY_COLUMN[object];
    await tx
      .delete(activities)
      .where(and(eq(activities.orgId, ctx.orgId), inArray(activities[column], created)));
    await tx.delete(tasks).where(and(eq(tasks.orgId, ctx.orgId), inArray(tasks[column], created)));
  }
  await tx
    .delete(recordShares)
    .where(
      and(
        eq(recordShares.orgId, ctx.orgId),
        eq(recordShares.object, object),
        inArray(recordShares.recordId, created),
      ),
    );
  const deleted = await tx
    .delete(table)
    .where(and(eq(table.orgId, ctx.orgId), inArray(table.id, created)))
    .returning({ id: table.id });
  return deleted.length;
}
