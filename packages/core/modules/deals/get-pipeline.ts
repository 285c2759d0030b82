import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import type { PipelineWithStages } from "./list-pipelines";
import { getPipelineOrThrow, listStagesOf } from "./pipeline-queries";

export async function getPipeline(ctx: Ctx, id: string): Promise<PipelineWithStages> {
  assertCan(ctx, "records:read");
  return withOrg(ctx, async (tx) => {
    const pipeline = await getPipelineOrThrow(tx, ctx.orgId, id);
    return { ...pipeline, stages: await listStagesOf(tx, ctx.orgId, id) };
  });
}
