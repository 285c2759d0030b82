import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { activities } from "../activities/tables";
import { recordAudit } from "../audit/record-audit";
import { auditLog } from "../audit/tables";
import { dealContacts } from "../deals/tables";
import { findWritableRecord } from "../records/record-access";
import { recordShares } from "../records/shares-table";
import { restorableColumns } from "./merge-config";
import { mergeAfterSchema, mergeBeforeSchema } from "./merge-snapshot";
import { type MergeType, mergeTypeOf } from "./merge-type";
import { recordMerges } from "./tables";

const TIMESTAMPS = new Set(["deletedAt", "updatedAt"]);

/**
 * Puts a merge back: the survivor and the merged records get their before values (the merged ones
 * leave the trash), and every moved activity, task, deal, link and share points where it did.
 */
export async function undoMerge(
  ctx: Ctx,
  mergeId: string,
): Promise<{ survivorId: string; restoredIds: string[] }> {
  assertCan(ctx, "records:write");
  return withOrg(ctx, async (tx) => {
    const [merge] = await tx
      .select()
      .from(recordMerges)
      .where(and(eq(recordMerges.orgId, ctx.orgId), eq(recordMerges.id, mergeId)) as SQL);
    if (!merge) throw notFound("merge not found");
    if (merge.undoneAt) throw new AppError("conflict", "This merge was already undone");
    const config = mergeTypeOf(merge.object);
    await findWritableRecord(tx, ctx, config.table, merge.object, merge.survivorId);
    const [entry] = await tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, ctx.orgId), eq(auditLog.id, merge.auditId)) as SQL);
    if (!entry) throw notFound("merge audit entry not found");
    const before = mergeBeforeSchema.parse(entry.before);
    const after = mergeAfterSchema.parse(entry.after);

    for (const row of before.merged) {
      if (!(await restoreRow(tx, ctx, config, row))) {
        throw new AppError("conflict", "A merged record was deleted permanently; the merge cannot be undone");
      }
    }
    await restoreRow(tx, ctx, config, before.survivor);
    for (const { key, rows } of before.refs) {
      const ref = config.refs.find((r) => r.key === key);
      if (!ref) continue;
      for (const value of new Set(rows.map((r) => r.value))) {
        const ids = rows.filter((r) => r.value === value).map((r) => r.id);
        const where = and(
          eq(ref.orgId, ctx.orgId),
          inArray(ref.id, ids),
          eq(ref.fk, merge.survivorId),
        ) as SQL;
        await tx.execute(
          sql`update ${ref.table} set ${sql.identifier(ref.fk.name)} = ${value} where ${where}`,
        );
      }
    }
    for (const link of after.insertedDealContacts) {
      await tx
        .delete(dealContacts)
        .where(
          and(
            eq(dealContacts.orgId, ctx.orgId),
            eq(dealContacts.dealId, link.dealId),
            eq(dealContacts.contactId, link.contactId),
          ) as SQL,
        );
    }
    if (before.dealContacts.length > 0) {
      await tx.insert(dealContacts).values(before.dealContacts).onConflictDoNothing();
    }
    for (const share of after.insertedShares) {
      await tx
        .delete(recordShares)
        .where(
          and(
            eq(recordShares.orgId, ctx.orgId),
            eq(recordShares.object, merge.object),
            eq(recordShares.recordId, share.recordId),
            eq(recordShares.userId, share.userId),
          ) as SQL,
        );
    }
    for (const share of before.shares) {
      await tx.execute(sql`insert into ${recordShares} (org_id, object, record_id, user_id, created_at)
        values (${share.orgId}, ${share.object}, ${share.recordId}, ${share.userId}, ${share.createdAt}::timestamptz)
        on conflict do nothing`);
    }
    await tx
      .delete(activities)
      .where(and(eq(activities.orgId, ctx.orgId), eq(activities.id, after.activityId)) as SQL);
    await tx
      .update(recordMerges)
      .set({ undoneAt: new Date(), undoneBy: ctx.userId })
      .where(eq(recordMerges.id, merge.id));
    await recordAudit(tx, ctx, {
      action: `${config.entity}.merge_undo`,
      entityType: config.entity,
      entityId: merge.survivorId,
      after: { mergeId: merge.id, restoredIds: merge.mergedIds },
    });
    return { survivorId: merge.survivorId, restoredIds: merge.mergedIds };
  });
}

/** Writes a snapshot's merge-relevant columns back; false when the row no longer exists. */
async function restoreRow(
  tx: Tx,
  ctx: Ctx,
  config: MergeType,
  row: Record<string, unknown>,
): Promise<boolean> {
  const values: Record<string, unknown> = {};
  for (const column of restorableColumns(config)) {
    const value = row[column] ?? null;
    values[column] = TIMESTAMPS.has(column) && typeof value === "string" ? new Date(value) : value;
  }
  const id = String(row.id);
  const updated = await tx
    .update(config.table)
    .set(values)
    .where(and(eq(config.table.orgId, ctx.orgId), eq(config.table.id, id)) as SQL)
    .returning({ id: sql<string>`${config.table.id}` });
  return updated.length > 0;
}
