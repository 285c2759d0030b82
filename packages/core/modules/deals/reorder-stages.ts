import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { getPipelineOrThrow, listStagesOf } from "./pipeline-queries";
import type { ReorderStagesData } from "./pipeline-schemas";
import { writeStagePositions } from "./stage-positions";

/** Puts the pipeline's stages in the given order; the list must name each of its stages exactly once. */
export async function reorderStages(ctx: Ctx, pipelineId: string, { stageIds }: ReorderStagesData) {
  assertCan(ctx, "pipelines:manage");
  return withOrg(ctx, async (tx) => {
    await getPipelineOrThrow(tx, ctx.orgId, pipelineId);
    const before = await listStagesOf(tx, ctx.orgId, pipelineId);
    const byId = new Map(before.map((s) => [s.id, s]));
    const ordered = stageIds.flatMap((id) => byId.get(id) ?? []);
    const exact =
      stageIds.length === before.length &&
      ordered.length === before.length &&
      new Set(stageIds).size === stageIds.length;
    if (!exact) {
      const message = "List every stage of the pipeline exactly once";
      throw new AppError("unprocessable", message, { fieldErrors: { stageIds: [message] } });
    }
    await writeStagePositions(tx, ctx.orgId, ordered);
    await recordAudit(tx, ctx, {
      action: "pipeline.reorder_stages",
      entityType: "pipeline",
      entityId: pipelineId,
      before: before.map((s) => s.id),
      after: stageIds,
    });
    return listStagesOf(tx, ctx.orgId, pipelineId);
  });
}
