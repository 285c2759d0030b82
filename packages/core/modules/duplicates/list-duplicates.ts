import { and, desc, eq, gte, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { visibleRecords } from "../records/visibility";
import { refreshDuplicates, type ScanStatus } from "./scan-duplicates";
import type { ListDuplicatesData } from "./schemas";
import type { DupeReason } from "./score-pair";
import { type DupeSummary, loadCompany, loadContact } from "./subjects";
import { duplicateDismissals, duplicatePairs } from "./tables";

export type DuplicatePair = { a: DupeSummary; b: DupeSummary; score: number; reasons: DupeReason[] };

const encodeCursor = (p: { score: number; nameSimilarity: number; recordA: string; recordB: string }) =>
  `${p.score}_${p.nameSimilarity}_${p.recordA}_${p.recordB}`;

function decodeCursor(cursor: string) {
  const [score, similarity, recordA, recordB] = cursor.split("_");
  return { score: Number(score), similarity: Number(similarity), recordA, recordB };
}

/**
 * Likely duplicate pairs among the records the caller may see, best first (score, then name
 * similarity), a page at a time; pairs scored below `minScore` (default 40) are left out. The pairs are stored by the duplicate scan (scan-duplicates.ts),
 * brought up to date first: a few changed records at once, a first scan or many changes in a job,
 * while which `scan.state` is "running" and the page shows what was found so far.
 */
export async function listDuplicates(
  ctx: Ctx,
  { object, limit, cursor, minScore }: ListDuplicatesData,
): Promise<{ data: DuplicatePair[]; nextCursor: string | null; scan: ScanStatus }> {
  assertCan(ctx, "records:read");
  const scan = await refreshDuplicates(ctx.orgId, object);
  const after = cursor ? decodeCursor(cursor) : null;
  const p = duplicatePairs;
  const page = await withOrg(ctx, async (tx) => {
    const table = object === "contacts" ? contacts : companies;
    const ra = alias(table, "ra");
    const rb = alias(table, "rb");
    const where = and(
      eq(p.orgId, ctx.orgId),
      eq(p.object, object),
      minScore > 0 ? gte(p.score, minScore) : undefined,
      after
        ? sql`(${p.score}, ${p.nameSimilarity}, ${p.recordA}, ${p.recordB}) < (${after.score}, ${after.similarity}::real, ${after.recordA}::uuid, ${after.recordB}::uuid)`
        : undefined,
      visibleRecords(ctx, ra, object),
      visibleRecords(ctx, rb, object),
      sql`not exists (select 1 from ${duplicateDismissals} d where d.org_id = ${ctx.orgId} and d.object = ${object}
        and d.record_a = ${p.recordA} and d.record_b = ${p.recordB})`,
    ) as SQL;
    return tx
      .select({ pair: p, a: ra, b: rb })
      .from(p)
      .innerJoin(ra, eq(ra.id, p.recordA))
      .innerJoin(rb, eq(rb.id, p.recordB))
      .where(where)
      .orderBy(desc(p.score), desc(p.nameSimilarity), desc(p.recordA), desc(p.recordB))
      .limit(limit + 1);
  });
  const summary = (row: unknown) =>
    object === "contacts"
      ? loadContact(row as Parameters<typeof loadContact>[0]).summary
      : loadCompany(row as Parameters<typeof loadCompany>[0]).summary;
  const data = page.slice(0, limit).map((row) => ({
    a: summary(row.a),
    b: summary(row.b),
    score: row.pair.score,
    reasons: row.pair.reasons,
  }));
  const last = page.length > limit ? page[limit - 1]?.pair : undefined;
  return { data, nextCursor: last ? encodeCursor(last) : null, scan };
}
