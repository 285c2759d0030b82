import { and, eq, type SQL, sql } from "drizzle-orm";
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

/**
 * Today's rates as one JSON object column (`{"EUR": "1.08", …}`), for a query that reads the org's
 * settings anyway: the board and the dashboard get their rates without a statement of their own.
 * `orgId` and `baseCurrency` are SQL of the outer query (org_settings' columns).
 */
export function currentRatesJson(
  orgId: SQL | typeof orgSettings.orgId,
  baseCurrency: SQL | typeof orgSettings.defaultCurrency,
) {
  return sql<Record<string, string> | null>`(select json_object_agg(r.currency, r.rate) from (
    select distinct on (${exchangeRates.currency}) ${exchangeRates.currency} as currency, ${exchangeRates.rate} as rate
    from ${exchangeRates}
    where ${exchangeRates.orgId} = ${orgId} and ${exchangeRates.baseCurrency} = ${baseCurrency}
      and ${exchangeRates.validFrom} <= current_date
    order by ${exchangeRates.currency}, ${exchangeRates.validFrom} desc) r)`;
}

/** The JSON of currentRatesJson as numbers. */
export const ratesFromJson = (json: Record<string, string | number> | null | undefined): RatesToOrg =>
  Object.fromEntries(Object.entries(json ?? {}).map(([currency, rate]) => [currency, Number(rate)]));
