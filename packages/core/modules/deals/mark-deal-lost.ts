import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { findWritableRecord } from "../records/record-access";
import { dealResponse } from "./deal-response";
import { moveDealIn } from "./move-deal-stage";
import { firstStageOfKind } from "./pipeline-queries";
import type { MarkDealLostData } from "./schemas";
import { type Deal, deals } from "./tables";

/**
 * Moves the deal to its pipeline's lost stage with an optional reason (422 when there is no lost
 * stage). The input is parsed by `markDealLostSchema` (the operation `deals.markLost`).
 */
export async function markDealLost(ctx: Ctx, id: string, { lostReason }: MarkDealLostData = {}) {
  return withOrg(ctx, async (tx) => {
    const before = await findWritableRecord<Deal>(tx, ctx, deals, "deals", id);
    const lost = await firstStageOfKind(tx, ctx.orgId, before.pipelineId, "lost");
    return dealResponse(tx, ctx.orgId, await moveDealIn(tx, ctx, before, lost, { lostReason }));
  });
}
