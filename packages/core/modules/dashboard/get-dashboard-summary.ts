import { eq, sql } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { convertTotals } from "../../platform/money";
import { assertCan } from "../../platform/permissions";
import { listBoardTotals, sortByCurrency } from "../deals/board-totals";
import { findDefaultPipeline, listStagesOf } from "../deals/pipeline-queries";
import { currentRatesJson, ratesFromJson } from "../exchange-rates/rate-queries";
import { requireUserId } from "../notifications/require-user-id";
import { orgSettings } from "../orgs/tables";
import {
  countUpTo,
  newContactsSince,
  openTasksDue,
  sumDealsWon,
  sumOpenDealsOwnedBy,
} from "./dashboard-queries";
import type { DashboardSummary } from "./schemas";

const NEW_CONTACTS_DAYS = 7;

/**
 * What the home page shows, in one transaction of short reads: the caller's open tasks due today and
 * overdue, their open deals and the deals won this month per currency, the default pipeline's stage
 * totals (as on the board, same visibility), and the contacts created in the last 7 days. Days and
 * months are the org's time zone. The lists behind them are at /api/v1/my-day.
 */
export async function getDashboardSummary(ctx: Ctx): Promise<DashboardSummary> {
  assertCan(ctx, "records:read");
  const userId = requireUserId(ctx);
  return withOrg(ctx, async (tx) => {
    const [settings] = await tx
      .select({
        currency: orgSettings.defaultCurrency,
        timeZone: orgSettings.timeZone,
        repsCanReadAll: orgSettings.repsCanReadAll,
        rates: currentRatesJson(orgSettings.orgId, orgSettings.defaultCurrency),
      })
      .from(orgSettings)
      .where(eq(orgSettings.orgId, ctx.orgId));
    const currency = settings?.currency ?? "USD";
    const tz = settings?.timeZone ?? "UTC";
    const localNow = sql`(now() at time zone ${tz})`;
    const startOfToday = sql`(date_trunc('day', ${localNow}) at time zone ${tz})`;
    const endOfToday = sql`((date_trunc('day', ${localNow}) + interval '1 day') at time zone ${tz})`;
    const monthStart = sql`date_trunc('month', ${localNow})::date`;
    const nextMonthStart = sql`(date_trunc('month', ${localNow}) + interval '1 month')::date`;
    const since = new Date(Date.now() - NEW_CONTACTS_DAYS * 86_400_000);

    const { dueToday, overdue, newContacts } = await countUpTo(tx, {
      dueToday: openTasksDue(ctx.orgId, userId, { from: startOfToday, to: endOfToday }),
      overdue: openTasksDue(ctx.orgId, userId, { to: startOfToday }),
      newContacts: newContactsSince(ctx, sql`${since.toISOString()}::timestamptz`),
    });
    const myOpen = sortByCurrency(await sumOpenDealsOwnedBy(tx, ctx.orgId, userId), currency);
    const won = sortByCurrency(
      await sumDealsWon(tx, ctx, { from: monthStart, to: nextMonthStart }),
      currency,
    );

    const rates = ratesFromJson(settings?.rates);

    const pipeline = await findDefaultPipeline(tx, ctx.orgId);
    let board: DashboardSummary["pipeline"] = null;
    if (pipeline) {
      const stages = await listStagesOf(tx, ctx.orgId, pipeline.id);
      const totals = await listBoardTotals(tx, ctx, {
        pipelineId: pipeline.id,
        filters: {},
        seesAllDeals: ctx.role !== "rep" || settings?.repsCanReadAll === true,
        orgCurrency: currency,
      });
      board = {
        id: pipeline.id,
        name: pipeline.name,
        stages: stages.map((stage) => {
          const stageTotals = totals
            .filter((t) => t.stageId === stage.id)
            .map(({ currency, count, value, weightedValue }) => ({ currency, count, value, weightedValue }));
          return {
            id: stage.id,
            name: stage.name,
            kind: stage.kind,
            count: stageTotals.reduce((sum, t) => sum + t.count, 0),
            totals: stageTotals,
            converted: convertTotals(stageTotals, currency, rates),
          };
        }),
      };
    }

    const sumCount = (rows: { count: number }[]) => rows.reduce((sum, r) => sum + r.count, 0);
    return {
      currency,
      timeZone: tz,
      tasks: { dueToday, overdue },
      myOpenDeals: {
        count: sumCount(myOpen),
        totals: myOpen,
        converted: convertTotals(myOpen, currency, rates),
      },
      wonThisMonth: { count: sumCount(won), totals: won, converted: convertTotals(won, currency, rates) },
      pipeline: board,
      newContacts: { ...newContacts, since: since.toISOString() },
      links: {
        myDay: "/api/v1/my-day",
        board: pipeline ? `/api/v1/pipelines/${pipeline.id}/board` : null,
      },
    };
  });
}
