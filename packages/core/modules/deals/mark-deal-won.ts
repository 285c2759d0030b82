import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { findWritableRecord } from "../records/record-access";
import { dealResponse } from "./deal-response";
import { moveDealIn } from "./move-deal-stage";
import { firstStageOfKind } from "./pipeline-queries";
import { type Deal, deals } from "./tables";

/** Moves the deal to its pipeline's won stage (422 when the pipeline has none). */
export async function markDealWon(ctx: Ctx, id: string) {
  return withOrg(ctx, async (tx) => {
    const before = await findWritableRecord<Deal>(tx, ctx, deals, "deals", id);
    const won = await firstStageOfKind(tx, ctx.orgId, before.pipelineId, "won");
    return dealResponse(tx, ctx.orgId, await moveDealIn(tx, ctx, before, won));
  });
}
