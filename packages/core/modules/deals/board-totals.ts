import { and, count, eq, gte, isNull, lte, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { recordShares } from "../records/shares-table";
import type { boardFiltersSchema } from "./schemas";
import { dealStageTotals, deals } from "./tables";

export type StageCurrencyTotal = {
  stageId: string;
  currency: string;
  count: number;
  value: number;
  weightedValue: number;
};

type Filters = z.output<typeof boardFiltersSchema>;
type Options = { pipelineId: string; filters: Filters; seesAllDeals: boolean; orgCurrency: string };

/**
 * Per stage and currency, the count, value and weighted value of the pipeline's deals the caller may
 * see, the same figures an aggregate over those deals would give. Without a close-date or value
 * filter they come from deal_stage_totals (a few rows per stage, whatever the number of deals);
 * with one, from an aggregate over the matching deals. A rep who may not read every deal gets their
 * own deals (totals rows or the owner index) plus the deals shared with them, never a scan of the
 * pipeline. The org's currency comes first, then the others alphabetically.
 */
export async function listBoardTotals(tx: Tx, ctx: Ctx, options: Options): Promise<StageCurrencyTotal[]> {
  const { pipelineId, filters, seesAllDeals } = options;
  const rangeFiltered =
    filters.closeFrom !== undefined ||
    filters.closeTo !== undefined ||
    filters.minValue !== undefined ||
    filters.maxValue !== undefined;
  const parts: StageCurrencyTotal[][] = [];
  if (seesAllDeals) {
    parts.push(
      rangeFiltered
        ? await aggregateDeals(
            tx,
            ctx.orgId,
            pipelineId,
            filters,
            filters.ownerId ? eq(deals.ownerId, filters.ownerId) : undefined,
          )
        : await sumTotalsRows(tx, ctx.orgId, pipelineId, filters.ownerId),
    );
  } else {
    const me = ctx.userId;
    if (me && (filters.ownerId === undefined || filters.ownerId === me)) {
      parts.push(
        rangeFiltered
          ? await aggregateDeals(tx, ctx.orgId, pipelineId, filters, eq(deals.ownerId, me))
          : await sumTotalsRows(tx, ctx.orgId, pipelineId, me),
      );
    }
    if (me) parts.push(await aggregateSharedDeals(tx, ctx.orgId, me, pipelineId, filters));
  }
  return sortByCurrency(mergeTotals(parts.flat()), options.orgCurrency);
}

const ownerIs = (ownerId: string | undefined) =>
  ownerId === undefined ? undefined : eq(dealStageTotals.ownerId, ownerId);

async function sumTotalsRows(tx: Tx, orgId: string, pipelineId: string, ownerId?: string) {
  return tx
    .select({
      stageId: dealStageTotals.stageId,
      currency: dealStageTotals.currency,
      count: sql<number>`sum(${dealStageTotals.dealCount})`.mapWith(Number),
      value: sql<number>`sum(${dealStageTotals.value})`.mapWith(Number),
      weightedValue: sql<number>`sum(${dealStageTotals.weightedValue})`.mapWith(Number),
    })
    .from(dealStageTotals)
    .where(
      and(eq(dealStageTotals.orgId, orgId), eq(dealStageTotals.pipelineId, pipelineId), ownerIs(ownerId)),
    )
    .groupBy(dealStageTotals.stageId, dealStageTotals.currency)
    .having(sql`sum(${dealStageTotals.dealCount}) > 0`);
}

function dealFilters(orgId: string, pipelineId: string, filters: Filters) {
  return [
    eq(deals.orgId, orgId),
    isNull(deals.deletedAt),
    eq(deals.pipelineId, pipelineId),
    filters.ownerId ? eq(deals.ownerId, filters.ownerId) : undefined,
    filters.closeFrom ? gte(deals.expectedCloseDate, filters.closeFrom) : undefined,
    filters.closeTo ? lte(deals.expectedCloseDate, filters.closeTo) : undefined,
    filters.minValue !== undefined ? gte(deals.value, filters.minValue) : undefined,
    filters.maxValue !== undefined ? lte(deals.value, filters.maxValue) : undefined,
  ];
}

const aggregateColumns = {
  stageId: deals.stageId,
  currency: deals.currency,
  count: count(),
  value: sql<number>`coalesce(sum(${deals.value}), 0)`.mapWith(Number),
  // Same rounding as weightedValue(): half up on non-negative values.
  weightedValue: sql<number>`coalesce(sum(round(${deals.value} * ${deals.probability} / 100.0)), 0)`.mapWith(
    Number,
  ),
};

function aggregateDeals(tx: Tx, orgId: string, pipelineId: string, filters: Filters, scope: SQL | undefined) {
  return tx
    .select(aggregateColumns)
    .from(deals)
    .where(and(...dealFilters(orgId, pipelineId, filters), scope))
    .groupBy(deals.stageId, deals.currency);
}

/** Deals shared with the user that they do not own (their own are counted apart), from the share index. */
function aggregateSharedDeals(tx: Tx, orgId: string, userId: string, pipelineId: string, filters: Filters) {
  return tx
    .select(aggregateColumns)
    .from(recordShares)
    .innerJoin(deals, and(eq(deals.orgId, orgId), eq(deals.id, recordShares.recordId)))
    .where(
      and(
        eq(recordShares.orgId, orgId),
        eq(recordShares.userId, userId),
        eq(recordShares.object, "deals"),
        sql`${deals.ownerId} is distinct from ${userId}`,
        ...dealFilters(orgId, pipelineId, filters),
      ),
    )
    .groupBy(deals.stageId, deals.currency);
}

function mergeTotals(rows: StageCurrencyTotal[]): StageCurrencyTotal[] {
  const byKey = new Map<string, StageCurrencyTotal>();
  for (const row of rows) {
    const key = `${row.stageId}\u0000${row.currency}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...row });
    else {
      seen.count += row.count;
      seen.value += row.value;
      seen.weightedValue += row.weightedValue;
    }
  }
  return [...byKey.values()];
}

/** Values in different currencies are never added up: the org's currency first, then alphabetical. */
export function sortByCurrency<T extends { currency: string }>(rows: T[], orgCurrency: string): T[] {
  return rows.sort(
    (a, b) =>
      Number(b.currency === orgCurrency) - Number(a.currency === orgCurrency) ||
      (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0),
  );
}
