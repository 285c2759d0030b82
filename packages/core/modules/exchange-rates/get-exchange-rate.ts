import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { toExchangeRate } from "./exchange-rate-response";
import { findExchangeRateOrThrow } from "./rate-queries";

export async function getExchangeRateOrThrow(ctx: Ctx, id: string) {
  assertCan(ctx, "org:read");
  return withOrg(ctx, async (tx) => toExchangeRate(await findExchangeRateOrThrow(tx, ctx, id)));
}
