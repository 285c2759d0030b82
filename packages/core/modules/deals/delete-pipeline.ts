import { and, asc, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { moveAllDeals } from "./move-all-deals";
import { countDeals, findStage, getPipelineOrThrow, listStagesOf, orgToday } from "./pipeline-queries";
import type { DeletePipelineData } from "./pipeline-schemas";
import { pipelines } from "./tables";

const unprocessable = (message: string) =>
  new AppError("unprocessable", message, { fieldErrors: { moveDealsToStageId: [message] } });

/**
 * Deletes a pipeline and its stages. Its deals (trashed ones too) move to `moveDealsToStageId`, a
 * stage of another pipeline, as if dragged there; without one a pipeline with deals is refused (409).
 * The org's last pipeline stays. Deleting the default makes the next pipeline the default.
 */
export async function deletePipeline(
  ctx: Ctx,
  id: string,
  { moveDealsToStageId }: DeletePipelineData = {},
): Promise<{ movedDeals: number }> {
  assertCan(ctx, "pipelines:manage");
  return withOrg(ctx, async (tx) => {
    const pipeline = await getPipelineOrThrow(tx, ctx.orgId, id);
    const movedDeals = await countDeals(tx, ctx.orgId, { pipelineId: id });
    const target = moveDealsToStageId ? await findStage(tx, ctx.orgId, moveDealsToStageId) : undefined;
    if (moveDealsToStageId && (!target || target.pipelineId === id)) {
      throw unprocessable("Choose a stage of another pipeline");
    }
    if (movedDeals > 0 && !target) {
      throw new AppError(
        "conflict",
        `The pipeline still has ${movedDeals} deal(s): choose a stage of another pipeline to move them to`,
      );
    }
    const others = await tx
      .select({ id: pipelines.id })
      .from(pipelines)
      .where(eq(pipelines.orgId, ctx.orgId))
      .orderBy(asc(pipelines.position), asc(pipelines.createdAt));
    const next = others.find((p) => p.id !== id);
    if (!next) throw new AppError("conflict", "An organization keeps at least one pipeline");
    if (target && movedDeals > 0) {
      await moveAllDeals(tx, ctx.orgId, { pipelineId: id }, target, await orgToday(tx, ctx.orgId));
    }
    const stages = await listStagesOf(tx, ctx.orgId, id);
    await tx.delete(pipelines).where(and(eq(pipelines.orgId, ctx.orgId), eq(pipelines.id, id)));
    if (pipeline.isDefault) {
      await tx
        .update(pipelines)
        .set({ isDefault: true })
        .where(and(eq(pipelines.orgId, ctx.orgId), eq(pipelines.id, next.id)));
    }
    await recordAudit(tx, ctx, {
      action: "pipeline.delete",
      entityType: "pipeline",
      entityId: id,
      before: { ...pipeline, stages },
      after: target ? { movedDeals, moveDealsToStageId: target.id } : null,
    });
    return { movedDeals };
  });
}
