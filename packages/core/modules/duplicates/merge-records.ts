import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../../db/client";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { assertCan } from "../../platform/permissions";
import { activities } from "../activities/tables";
import { recordAudit } from "../audit/record-audit";
import { dealContacts, deals } from "../deals/tables";
import { assertCanAssign, findWritableRecord } from "../records/record-access";
import { recordShares } from "../records/shares-table";
import { chooseMergedValues } from "./choose-merged-values";
import type { MergeAfter, MergeBefore } from "./merge-snapshot";
import { type MergeType, mergeTypeOf } from "./merge-type";
import type { mergeRecordsSchema } from "./schemas";
import { type DuplicateObject, recordMerges } from "./tables";

type Row = Record<string, unknown> & { id: string; ownerId: string | null };

/** Parsed by `mergeRecordsSchema` (the operations `contacts.merge`, `companies.merge`); no `fields`: the survivor's values. */
export type MergeRecordsData = Omit<z.output<typeof mergeRecordsSchema>, "fields"> & {
  fields?: Record<string, string>;
};

/**
 * Merges records into a survivor in one transaction: the survivor takes the chosen field values,
 * everything linked to the merged records moves to it, the merged records go to the trash. The
 * audit entry keeps the before state of every touched row so `undoMerge` can put it all back.
 */
export async function mergeRecords(ctx: Ctx, object: DuplicateObject, data: MergeRecordsData) {
  assertCan(ctx, "records:write");
  const config = mergeTypeOf(object);
  return withOrg(ctx, async (tx) => {
    const records: Row[] = [];
    for (const id of [data.survivorId, ...data.mergedIds]) {
      records.push(await findWritableRecord<Row>(tx, ctx, config.table, object, id));
    }
    const [survivor, ...merged] = records as [Row, ...Row[]];
    const values = chooseMergedValues(config, records, data.fields ?? {});
    assertCanAssign(ctx, survivor.ownerId, values.ownerId as string | null);
    const mergedIds = merged.map((r) => r.id);
    const now = new Date();

    const refs = await moveRefs(tx, ctx, config, mergedIds, survivor.id);
    const links = object === "contacts" ? await moveDealContacts(tx, ctx, mergedIds, survivor.id) : null;
    const shares = await moveShares(tx, ctx, object, mergedIds, survivor.id);
    const [after] = await tx
      .update(config.table)
      .set({ ...values, updatedAt: now })
      .where(eq(config.table.id, survivor.id))
      .returning();
    await tx
      .update(config.table)
      .set({ deletedAt: now, updatedAt: now })
      .where(and(eq(config.table.orgId, ctx.orgId), inArray(config.table.id, mergedIds)) as SQL);

    const mergeId = newId();
    const activityId = newId();
    await tx.insert(activities).values({
      id: activityId,
      orgId: ctx.orgId,
      ownerId: ctx.userId,
      createdBy: ctx.userId,
      type: "system",
      subject: merged.length === 1 ? "Merged a duplicate" : `Merged ${merged.length} duplicates`,
      event: { kind: "merged", mergeId, mergedIds },
      [object === "contacts" ? "contactId" : "companyId"]: survivor.id,
    });
    const before: MergeBefore = {
      object,
      survivor,
      merged,
      refs,
      dealContacts: links?.before ?? [],
      shares: shares.before,
    };
    const result: MergeAfter = {
      mergeId,
      survivor: after as Record<string, unknown>,
      mergedIds,
      insertedDealContacts: links?.inserted ?? [],
      insertedShares: shares.inserted,
      activityId,
    };
    const auditId = await recordAudit(tx, ctx, {
      action: `${config.entity}.merge`,
      entityType: config.entity,
      entityId: survivor.id,
      before,
      after: result,
    });
    await tx.insert(recordMerges).values({
      id: mergeId,
      orgId: ctx.orgId,
      object,
      survivorId: survivor.id,
      mergedIds,
      auditId,
      createdBy: ctx.userId,
    });
    return { mergeId, survivorId: survivor.id, mergedIds };
  });
}

async function moveRefs(tx: Tx, ctx: Ctx, config: MergeType, mergedIds: string[], survivorId: string) {
  const out: MergeBefore["refs"] = [];
  for (const ref of config.refs) {
    const where = and(eq(ref.orgId, ctx.orgId), inArray(ref.fk, mergedIds)) as SQL;
    const rows = await tx.select({ id: ref.id, value: ref.fk }).from(ref.table).where(where);
    if (rows.length === 0) continue;
    await tx.execute(
      sql`update ${ref.table} set ${sql.identifier(ref.fk.name)} = ${survivorId} where ${where}`,
    );
    out.push({ key: ref.key, rows: rows.map((r) => ({ id: String(r.id), value: String(r.value) })) });
  }
  return out;
}

/** Deals of the merged contacts list the survivor instead (not twice, and not when it is the primary). */
async function moveDealContacts(tx: Tx, ctx: Ctx, mergedIds: string[], survivorId: string) {
  const before = await tx
    .select()
    .from(dealContacts)
    .where(and(eq(dealContacts.orgId, ctx.orgId), inArray(dealContacts.contactId, mergedIds)) as SQL);
  const dealIds = [...new Set(before.map((r) => r.dealId))];
  let inserted: { dealId: string; contactId: string }[] = [];
  if (dealIds.length > 0) {
    const primaries = await tx
      .select({ id: deals.id })
      .from(deals)
      .where(
        and(
          eq(deals.orgId, ctx.orgId),
          inArray(deals.id, dealIds),
          eq(deals.primaryContactId, survivorId),
        ) as SQL,
      );
    const skip = new Set(primaries.map((d) => d.id));
    const rows = dealIds
      .filter((id) => !skip.has(id))
      .map((dealId) => ({ orgId: ctx.orgId, dealId, contactId: survivorId }));
    if (rows.length > 0) {
      inserted = await tx
        .insert(dealContacts)
        .values(rows)
        .onConflictDoNothing()
        .returning({ dealId: dealContacts.dealId, contactId: dealContacts.contactId });
    }
    await tx
      .delete(dealContacts)
      .where(and(eq(dealContacts.orgId, ctx.orgId), inArray(dealContacts.contactId, mergedIds)) as SQL);
  }
  return { before, inserted };
}

/** Whoever the merged records were shared with gets the survivor shared instead. */
async function moveShares(
  tx: Tx,
  ctx: Ctx,
  object: DuplicateObject,
  mergedIds: string[],
  survivorId: string,
) {
  const where = and(
    eq(recordShares.orgId, ctx.orgId),
    eq(recordShares.object, object),
    inArray(recordShares.recordId, mergedIds),
  ) as SQL;
  // created_at as text: a JavaScript date would drop its microseconds and undo would not be exact.
  const before = await tx
    .select({
      orgId: recordShares.orgId,
      object: recordShares.object,
      recordId: recordShares.recordId,
      userId: recordShares.userId,
      createdAt: sql<string>`${recordShares.createdAt}::text`,
    })
    .from(recordShares)
    .where(where);
  let inserted: { recordId: string; userId: string }[] = [];
  if (before.length > 0) {
    const users = [...new Set(before.map((s) => s.userId))];
    inserted = await tx
      .insert(recordShares)
      .values(users.map((userId) => ({ orgId: ctx.orgId, object, recordId: survivorId, userId })))
      .onConflictDoNothing()
      .returning({ recordId: recordShares.recordId, userId: recordShares.userId });
    await tx.delete(recordShares).where(where);
  }
  return { before, inserted };
}
