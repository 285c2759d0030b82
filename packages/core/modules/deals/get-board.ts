import { and, asc, desc, eq, gte, isNull, lte, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { convertTotals } from "../../platform/money";
import { assertCan } from "../../platform/permissions";
import { users } from "../auth/tables";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { currentRatesJson, ratesFromJson } from "../exchange-rates/rate-queries";
import { orgSettings } from "../orgs/tables";
import { DISPLAY_NAMES } from "../records/record-tables";
import { visibleRecords } from "../records/visibility";
import { listBoardTotals } from "./board-totals";
import { getPipelineOrThrow, listStagesOf } from "./pipeline-queries";
import type { boardFiltersSchema } from "./schemas";
import { deals, stages } from "./tables";
import { withWeightedValue } from "./weighted-value";

/**
 * Cards per stage unless the caller asks for more (`cards`, up to 100); the stage's count tells how
 * many more there are. A screenful: 300 cards of six stages was most of the board's time and bytes.
 */
export const BOARD_CARDS_PER_STAGE = 20;

/** Board filters as `boardFiltersSchema` parses them (the operation `pipelines.board` does). */
export type BoardFiltersData = z.output<typeof boardFiltersSchema>;

/**
 * The kanban board of a pipeline: per stage the count, and per currency the total and weighted value
 * of the deals the caller may see (from the running totals, see board-totals.ts), the same summed up
 * in the org's currency at today's exchange rates (currencies without a rate apart), and the most
 * recently updated cards (one LATERAL query), so the cost grows neither with the number of stages
 * nor with the number of deals.
 */
export async function getPipelineBoard(ctx: Ctx, pipelineId: string, filters: BoardFiltersData = {}) {
  assertCan(ctx, "records:read");
  return withOrg(ctx, async (tx) => {
    const pipeline = await getPipelineOrThrow(tx, ctx.orgId, pipelineId);
    const stageRows = await listStagesOf(tx, ctx.orgId, pipelineId);
    const where = and(
      visibleRecords(ctx, deals, "deals"),
      eq(deals.pipelineId, pipelineId),
      filters.ownerId ? eq(deals.ownerId, filters.ownerId) : undefined,
      filters.closeFrom ? gte(deals.expectedCloseDate, filters.closeFrom) : undefined,
      filters.closeTo ? lte(deals.expectedCloseDate, filters.closeTo) : undefined,
      filters.minValue !== undefined ? gte(deals.value, filters.minValue) : undefined,
      filters.maxValue !== undefined ? lte(deals.value, filters.maxValue) : undefined,
    ) as SQL;

    const [settings] = await tx
      .select({
        currency: orgSettings.defaultCurrency,
        repsCanReadAll: orgSettings.repsCanReadAll,
        rates: currentRatesJson(orgSettings.orgId, orgSettings.defaultCurrency),
      })
      .from(orgSettings)
      .where(eq(orgSettings.orgId, ctx.orgId));
    const orgCurrency = settings?.currency ?? "USD";
    // Values in different currencies are never added up: one row per stage and currency.
    const totals = await listBoardTotals(tx, ctx, {
      pipelineId,
      filters,
      seesAllDeals: ctx.role !== "rep" || settings?.repsCanReadAll === true,
      orgCurrency,
    });
    // Each stage's per-currency sums are converted once, after aggregation (never per deal), at the
    // rates read with the settings (no statement of their own).
    const rates = ratesFromJson(settings?.rates);

    // Per stage, the first cards straight from the board index (a LATERAL scan with a LIMIT), instead
    // of ranking every deal of the pipeline with a window function.
    const top = tx
      .select({
        id: deals.id,
        stageId: deals.stageId,
        title: deals.title,
        value: deals.value,
        currency: deals.currency,
        probability: deals.probability,
        expectedCloseDate: deals.expectedCloseDate,
        outcome: deals.outcome,
        ownerId: deals.ownerId,
        companyId: deals.companyId,
        primaryContactId: deals.primaryContactId,
        tags: deals.tags,
        updatedAt: deals.updatedAt,
      })
      .from(deals)
      .where(and(where, eq(deals.stageId, stages.id)))
      .orderBy(desc(deals.updatedAt), desc(deals.id))
      .limit(filters.cards ?? BOARD_CARDS_PER_STAGE)
      .as("top");
    const cards = await tx
      .select({
        id: top.id,
        stageId: top.stageId,
        title: top.title,
        value: top.value,
        currency: top.currency,
        probability: top.probability,
        expectedCloseDate: top.expectedCloseDate,
        outcome: top.outcome,
        ownerId: top.ownerId,
        ownerName: users.name,
        companyId: top.companyId,
        companyName: companies.name,
        primaryContactId: top.primaryContactId,
        primaryContactName: sql<string | null>`nullif(${DISPLAY_NAMES.contacts}, '')`,
        tags: top.tags,
        updatedAt: top.updatedAt,
      })
      .from(stages)
      .innerJoinLateral(top, sql`true`)
      .leftJoin(users, eq(users.id, top.ownerId))
      .leftJoin(
        companies,
        and(eq(companies.orgId, ctx.orgId), eq(companies.id, top.companyId), isNull(companies.deletedAt)),
      )
      .leftJoin(
        contacts,
        and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, top.primaryContactId), isNull(contacts.deletedAt)),
      )
      .where(and(eq(stages.orgId, ctx.orgId), eq(stages.pipelineId, pipelineId)))
      .orderBy(asc(top.stageId), desc(top.updatedAt), desc(top.id));

    return {
      pipeline,
      currency: orgCurrency,
      /** Today's rates to the org currency, so a client can convert totals again after a move. */
      rates,
      stages: stageRows.map((stage) => {
        const stageTotals = totals
          .filter((t) => t.stageId === stage.id)
          .map(({ currency, count, value, weightedValue }) => ({ currency, count, value, weightedValue }));
        return {
          ...stage,
          count: stageTotals.reduce((sum, t) => sum + t.count, 0),
          totals: stageTotals,
          converted: convertTotals(stageTotals, orgCurrency, rates),
          deals: cards.filter((c) => c.stageId === stage.id).map(withWeightedValue),
        };
      }),
    };
  });
}
