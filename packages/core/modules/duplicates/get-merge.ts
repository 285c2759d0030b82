import { and, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { companies } from "../companies/tables";
import { listCustomFieldDefs } from "../custom-fields/custom-values";
import { findVisibleRecord } from "../records/record-access";
import { DISPLAY_NAMES } from "../records/record-tables";
import { defaultSource, mergeFieldKeys } from "./choose-merged-values";
import { mergeTypeOf } from "./merge-type";
import { type DuplicateObject, recordMerges } from "./tables";

/**
 * What the merge screen shows: the records side by side (survivor first), the fields to choose and
 * the default choice of each. 404 when any record is not visible to the caller.
 */
export async function getMergePreview(ctx: Ctx, object: DuplicateObject, ids: string[]) {
  assertCan(ctx, "records:read");
  const config = mergeTypeOf(object);
  return withOrg(ctx, async (tx) => {
    const records: (Record<string, unknown> & { id: string })[] = [];
    for (const id of ids) records.push(await findVisibleRecord(tx, ctx, config.table, object, id));
    const defs = await listCustomFieldDefs(tx, ctx, object);
    const fields = mergeFieldKeys(config, records);
    const defaults = Object.fromEntries(fields.map((f) => [f, defaultSource(records, f)]));
    const labels = Object.fromEntries(defs.map((d) => [`custom.${d.key}`, d.label]));
    const companyIds = records.map((r) => r.companyId).filter((id): id is string => typeof id === "string");
    const companyRows = companyIds.length
      ? await tx
          .select({ id: companies.id, name: companies.name })
          .from(companies)
          .where(and(eq(companies.orgId, ctx.orgId), inArray(companies.id, companyIds)) as SQL)
      : [];
    const companyNames = Object.fromEntries(companyRows.map((c) => [c.id, c.name]));
    return { records, fields, defaults, customLabels: labels, companyNames };
  });
}

/** Merges into this record that can still be undone, newest first (for the notice on its page). */
export async function listActiveMerges(ctx: Ctx, object: DuplicateObject, survivorId: string) {
  assertCan(ctx, "records:read");
  const config = mergeTypeOf(object);
  return withOrg(ctx, async (tx) => {
    const merges = await tx
      .select()
      .from(recordMerges)
      .where(
        and(
          eq(recordMerges.orgId, ctx.orgId),
          eq(recordMerges.object, object),
          eq(recordMerges.survivorId, survivorId),
          isNull(recordMerges.undoneAt),
        ) as SQL,
      )
      .orderBy(desc(recordMerges.createdAt))
      .limit(10);
    const ids = merges.flatMap((m) => m.mergedIds);
    const rows = ids.length
      ? await tx
          .select({ id: sql<string>`${config.table.id}`, name: DISPLAY_NAMES[object] })
          .from(config.table)
          .where(and(eq(config.table.orgId, ctx.orgId), inArray(config.table.id, ids)) as SQL)
      : [];
    const names = new Map(rows.map((r) => [r.id, r.name]));
    return merges.map((m) => ({
      id: m.id,
      createdAt: m.createdAt,
      merged: m.mergedIds.map((id) => ({ id, name: names.get(id) ?? "" })),
    }));
  });
}

/** The merge an audit entry records, if it is one and can still be undone (for the audit log button). */
export async function findUndoableMergeIds(ctx: Ctx, auditIds: string[]): Promise<Map<string, string>> {
  if (auditIds.length === 0) return new Map();
  return withOrg(ctx, async (tx) => {
    const rows = await tx
      .select({ id: recordMerges.id, auditId: recordMerges.auditId })
      .from(recordMerges)
      .where(
        and(
          eq(recordMerges.orgId, ctx.orgId),
          inArray(recordMerges.auditId, auditIds),
          isNull(recordMerges.undoneAt),
        ) as SQL,
      );
    return new Map(rows.map((r) => [r.auditId, r.id]));
  });
}
