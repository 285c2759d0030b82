import { and, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { moveAllDeals } from "./move-all-deals";
import {
  countDeals,
  findStage,
  getPipelineOrThrow,
  getStageOrThrow,
  listStagesOf,
  orgToday,
} from "./pipeline-queries";
import type { DeleteStageData } from "./pipeline-schemas";
import { type Stage, stages } from "./tables";

const unprocessable = (field: string, message: string) =>
  new AppError("unprocessable", message, { fieldErrors: { [field]: [message] } });

/**
 * Deletes a stage. When deals are in it (trashed ones too: they still reference it) the caller names
 * `moveDealsToStageId`, another stage of the same pipeline; the deals move there as if dragged.
 */
export async function deleteStage(
  ctx: Ctx,
  pipelineId: string,
  stageId: string,
  { moveDealsToStageId }: DeleteStageData = {},
): Promise<{ movedDeals: number }> {
  assertCan(ctx, "pipelines:manage");
  return withOrg(ctx, async (tx) => {
    await getPipelineOrThrow(tx, ctx.orgId, pipelineId);
    const stage = await getStageOrThrow(tx, ctx.orgId, pipelineId, stageId);
    const all = await listStagesOf(tx, ctx.orgId, pipelineId);
    if (stage.kind === "open" && all.filter((s) => s.kind === "open").length === 1) {
      throw unprocessable("stageId", "A pipeline needs at least one open stage");
    }
    const movedDeals = await countDeals(tx, ctx.orgId, { stageId });
    let target: Stage | undefined;
    if (moveDealsToStageId !== undefined) {
      target = await findStage(tx, ctx.orgId, moveDealsToStageId);
      if (!target || target.pipelineId !== pipelineId || target.id === stageId) {
        throw unprocessable("moveDealsToStageId", "Choose another stage of the same pipeline");
      }
    }
    if (movedDeals > 0) {
      if (!target) {
        throw unprocessable(
          "moveDealsToStageId",
          `${movedDeals} deal(s) are in this stage: choose a stage to move them to`,
        );
      }
      await moveAllDeals(tx, ctx.orgId, { stageId }, target, await orgToday(tx, ctx.orgId));
    }
    await tx.delete(stages).where(and(eq(stages.orgId, ctx.orgId), eq(stages.id, stageId)));
    await recordAudit(tx, ctx, {
      action: "stage.delete",
      entityType: "stage",
      entityId: stageId,
      before: stage,
      after: target ? { movedDeals, moveDealsToStageId: target.id } : null,
    });
    return { movedDeals };
  });
}
