import { eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { findExchangeRateOrThrow } from "./rate-queries";
import { exchangeRates } from "./tables";

/** Removes a rate (admins); the currency falls back to its previous rate, or to "no rate". */
export async function deleteExchangeRate(ctx: Ctx, id: string): Promise<void> {
  assertCan(ctx, "org:update");
  await withOrg(ctx, async (tx) => {
    const before = await findExchangeRateOrThrow(tx, ctx, id);
    await tx.delete(exchangeRates).where(eq(exchangeRates.id, id));
    await recordAudit(tx, ctx, {
      action: "exchangeRate.delete",
      entityType: "exchange_rate",
      entityId: id,
      before,
    });
  });
}
