import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import type { RatesToOrg } from "../../platform/money";
import { orgSettings } from "../orgs/tables";
import { type ExchangeRateRow, exchangeRates } from "./tables";

export async function findExchangeRateOrThrow(tx: Tx, ctx: Ctx, id: string): Promise<ExchangeRateRow> {
  const [row] = await tx
    .select()
    .from(exchangeRates)
    .where(and(eq(exchangeRates.orgId, ctx.orgId), eq(exchangeRates.id, id)));
  if (!row) throw notFound("exchange rate not found");
  return row;
}

export async function getOrgCurrency(tx: Tx, orgId: string): Promise<string> {
  const [row] = await tx
    .select({ currency: orgSettings.defaultCurrency })
    .from(orgSettings)
    .where(eq(orgSettings.orgId, orgId));
  return row?.currency ?? "USD";
}

/**
 * Per currency, the rate to `baseCurrency` valid today (the latest `valid_from` not after today):
 * one short index range per org, a few dozen rows at most, read once per board or dashboard.
 */
export async function listCurrentRates(tx: Tx, orgId: string, baseCurrency: string): Promise<RatesToOrg> {
  const rows = await tx
    .selectDistinctOn([exchangeRates.currency], {
      currency: exchangeRates.currency,
      rate: exchangeRates.rate,
    })
    .from(exchangeRates)
    .where(
      and(
        eq(exchangeRates.orgId, orgId),
        eq(exchangeRates.baseCurrency, baseCurrency),
        sql`${exchangeRates.validFrom} <= current_date`,
      ),
    )
    .orderBy(exchangeRates.currency, sql`${exchangeRates.validFrom} desc`);
  return Object.fromEntries(rows.map((r) => [r.currency, Number(r.rate)]));
}
