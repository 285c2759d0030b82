import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { toExchangeRate } from "./exchange-rate-response";
import { assertRateIsFree } from "./rate-conflict";
import { getOrgCurrency } from "./rate-queries";
import type { CreateExchangeRateData } from "./schemas";
import { exchangeRates } from "./tables";

const today = () => new Date().toISOString().slice(0, 10);

/** A rate of a currency to the org's currency from a day on (admins). */
export async function createExchangeRate(ctx: Ctx, data: CreateExchangeRateData) {
  assertCan(ctx, "org:update");
  return withOrg(ctx, async (tx) => {
    const baseCurrency = await getOrgCurrency(tx, ctx.orgId);
    if (data.currency === baseCurrency)
      throw new AppError("unprocessable", "The org's own currency needs no rate", {
        fieldErrors: { currency: ["The organization's currency"] },
      });
    const validFrom = data.validFrom ?? today();
    await assertRateIsFree(tx, ctx.orgId, { baseCurrency, currency: data.currency, validFrom });
    const [row] = await tx
      .insert(exchangeRates)
      .values({
        id: newId(),
        orgId: ctx.orgId,
        currency: data.currency,
        baseCurrency,
        rate: String(data.rate),
        validFrom,
        source: "manual",
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, ctx, {
      action: "exchangeRate.create",
      entityType: "exchange_rate",
      entityId: row.id,
      after: row,
    });
    return toExchangeRate(row);
  });
}
