import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { ensureDefaultPipelineIn } from "./create-default-pipeline";
import { findDefaultPipeline, findPipeline, findStage, firstStageOfKind } from "./pipeline-queries";
import type { Stage } from "./tables";

const unprocessable = (field: string, message: string) =>
  new AppError("unprocessable", message, { fieldErrors: { [field]: [message] } });

/**
 * The stage a deal goes to: `stageId` (which must be in `pipelineId` when both are given), else the
 * first open stage of `pipelineId`, else the first open stage of the default pipeline. Ids of another
 * org are "not found" like missing ones.
 */
export async function resolveDealStage(
  tx: Tx,
  ctx: Ctx,
  input: { pipelineId?: string; stageId?: string },
): Promise<Stage> {
  if (input.stageId) {
    const stage = await findStage(tx, ctx.orgId, input.stageId);
    if (!stage) throw unprocessable("stageId", "Not found in this organization");
    if (input.pipelineId && stage.pipelineId !== input.pipelineId) {
      throw unprocessable("stageId", "The stage is not in this pipeline");
    }
    return stage;
  }
  if (input.pipelineId) {
    const pipeline = await findPipeline(tx, ctx.orgId, input.pipelineId);
    if (!pipeline) throw unprocessable("pipelineId", "Not found in this organization");
    return firstStageOfKind(tx, ctx.orgId, pipeline.id, "open", "pipelineId");
  }
  await ensureDefaultPipelineIn(tx, ctx);
  const pipeline = await findDefaultPipeline(tx, ctx.orgId);
  if (!pipeline) throw new Error("default pipeline missing after ensureDefaultPipeline");
  return firstStageOfKind(tx, ctx.orgId, pipeline.id, "open", "pipelineId");
}
