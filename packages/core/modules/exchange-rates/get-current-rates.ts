import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import type { RatesToOrg } from "../../platform/money";
import { assertCan } from "../../platform/permissions";
import { getOrgCurrency, listCurrentRates } from "./rate-queries";

/** The org's currency and today's rate of every other currency to it, for sums shown in one currency. */
export async function getCurrentRates(ctx: Ctx): Promise<{ currency: string; rates: RatesToOrg }> {
  assertCan(ctx, "org:read");
  return withOrg(ctx, async (tx) => {
    const currency = await getOrgCurrency(tx, ctx.orgId);
    return { currency, rates: await listCurrentRates(tx, ctx.orgId, currency) };
  });
}
