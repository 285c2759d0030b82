import { eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { toExchangeRate } from "./exchange-rate-response";
import { assertRateIsFree } from "./rate-conflict";
import { findExchangeRateOrThrow } from "./rate-queries";
import type { UpdateExchangeRateData } from "./schemas";
import { exchangeRates } from "./tables";

/** Changes a rate's currency, value or first day (admins); an edited rate counts as entered by hand. */
export async function updateExchangeRate(ctx: Ctx, id: string, data: UpdateExchangeRateData) {
  assertCan(ctx, "org:update");
  return withOrg(ctx, async (tx) => {
    const before = await findExchangeRateOrThrow(tx, ctx, id);
    const currency = data.currency ?? before.currency;
    const validFrom = data.validFrom ?? before.validFrom;
    if (currency === before.baseCurrency)
      throw new AppError("unprocessable", "The org's own currency needs no rate", {
        fieldErrors: { currency: ["The organization's currency"] },
      });
    await assertRateIsFree(tx, ctx.orgId, { baseCurrency: before.baseCurrency, currency, validFrom }, id);
    const [after] = await tx
      .update(exchangeRates)
      .set({
        currency,
        validFrom,
        ...(data.rate === undefined ? {} : { rate: String(data.rate) }),
        source: "manual",
        updatedAt: new Date(),
      })
      .where(eq(exchangeRates.id, id))
      .returning();
    if (!after) throw new Error("update returned no row");
    await recordAudit(tx, ctx, {
      action: "exchangeRate.update",
      entityType: "exchange_rate",
      entityId: id,
      before,
      after,
    });
    return toExchangeRate(after);
  });
}
