import { desc, eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { countListed, EXACT_COUNT_LIMIT } from "../records/count-listed";
import {
  buildListQuery,
  customFieldsForList,
  type ListFilters,
  type ListParams,
} from "../records/list-query";
import { dealListSpec } from "./list-spec";
import { dealStageTotals, deals } from "./tables";

export type CurrencySum = { currency: string; count: number; value: number };

/**
 * The value of every deal a list's filters select (all pages, not just the one shown), one sum per
 * currency, largest first; values in different currencies are never added up. Summed in SQL: the
 * unfiltered list of someone who sees every deal reads the trigger-kept deal_stage_totals (a few rows
 * per stage at any size); otherwise the matching deals are aggregated when there are at most
 * EXACT_COUNT_LIMIT of them, and `null` says there are too many to sum on a page view.
 */
export async function sumListedDeals(
  ctx: Ctx,
  params: ListParams,
  filters: ListFilters = {},
): Promise<CurrencySum[] | null> {
  assertCan(ctx, "records:read");
  return withOrg(ctx, async (tx) => {
    const unfiltered = !params.q && !params.trash && Object.keys(filters).length === 0;
    if (unfiltered && ctx.role !== "rep") {
      const rows = await tx
        .select({
          currency: dealStageTotals.currency,
          count: sql<number>`sum(${dealStageTotals.dealCount})::int`,
          value: sql<string>`sum(${dealStageTotals.value})`,
        })
        .from(dealStageTotals)
        .where(eq(dealStageTotals.orgId, ctx.orgId))
        .groupBy(dealStageTotals.currency)
        .orderBy(desc(sql`sum(${dealStageTotals.value})`), dealStageTotals.currency);
      return rows.filter((r) => r.count > 0).map((r) => ({ ...r, value: Number(r.value) }));
    }
    const defs = await customFieldsForList(tx, ctx, "deals", params, filters);
    const { filterWhere } = buildListQuery(
      ctx,
      dealListSpec,
      { ...params, cursor: undefined },
      filters,
      defs,
    );
    const { total, totalIsEstimate } = await countListed(tx, deals as unknown as PgTable, filterWhere);
    if (totalIsEstimate || total > EXACT_COUNT_LIMIT) return null;
    const rows = await tx
      .select({
        currency: deals.currency,
        count: sql<number>`count(*)::int`,
        value: sql<string>`sum(${deals.value})`,
      })
      .from(deals)
      .where(filterWhere)
      .groupBy(deals.currency)
      .orderBy(desc(sql`sum(${deals.value})`), deals.currency);
    return rows.map((r) => ({ ...r, value: Number(r.value) }));
  });
}
