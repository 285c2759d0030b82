import { sql } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { ecbRatesTo, fetchEcbDailyRates } from "./ecb-rates";
import { getOrgCurrency } from "./rate-queries";
import type { ImportEcbRatesData } from "./schemas";
import { exchangeRates } from "./tables";

/**
 * Imports the ECB's daily reference rates as the org's rates from the ECB's day on (admins). The file
 * is fetched before the transaction opens; importing the same day again updates that day's rates.
 */
export async function importEcbRates(ctx: Ctx, { url, timeoutMs }: ImportEcbRatesData = {}) {
  assertCan(ctx, "org:update");
  const ecb = await fetchEcbDailyRates(url, timeoutMs);
  return withOrg(ctx, async (tx) => {
    const baseCurrency = await getOrgCurrency(tx, ctx.orgId);
    const rates = ecbRatesTo(baseCurrency, ecb);
    await tx
      .insert(exchangeRates)
      .values(
        rates.map((r) => ({
          id: newId(),
          orgId: ctx.orgId,
          currency: r.currency,
          baseCurrency,
          rate: String(r.rate),
          validFrom: ecb.date,
          source: "ecb" as const,
        })),
      )
      .onConflictDoUpdate({
        target: [
          exchangeRates.orgId,
          exchangeRates.baseCurrency,
          exchangeRates.currency,
          exchangeRates.validFrom,
        ],
        set: { rate: sql`excluded.rate`, source: "ecb", updatedAt: new Date() },
      });
    const result = { date: ecb.date, baseCurrency, imported: rates.length };
    await recordAudit(tx, ctx, {
      action: "exchangeRate.import",
      entityType: "exchange_rate",
      entityId: ctx.orgId,
      after: result,
    });
    return result;
  });
}
