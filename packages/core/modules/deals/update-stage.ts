import { and, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { getPipelineOrThrow, getStageOrThrow, listStagesOf } from "./pipeline-queries";
import type { UpdateStageData } from "./pipeline-schemas";
import { stages } from "./tables";

/**
 * Renames a stage, changes its default probability or its kind. Deals keep their own probability;
 * the new default applies to deals that enter the stage from now on.
 */
export async function updateStage(ctx: Ctx, pipelineId: string, stageId: string, data: UpdateStageData) {
  assertCan(ctx, "pipelines:manage");
  return withOrg(ctx, async (tx) => {
    await getPipelineOrThrow(tx, ctx.orgId, pipelineId);
    const before = await getStageOrThrow(tx, ctx.orgId, pipelineId, stageId);
    if (Object.keys(data).length === 0) return before;
    if (before.kind === "open" && data.kind !== undefined && data.kind !== "open") {
      const open = (await listStagesOf(tx, ctx.orgId, pipelineId)).filter((s) => s.kind === "open");
      if (open.length === 1) {
        const message = "A pipeline needs at least one open stage";
        throw new AppError("unprocessable", message, { fieldErrors: { kind: [message] } });
      }
    }
    const [after] = await tx
      .update(stages)
      .set(data)
      .where(and(eq(stages.orgId, ctx.orgId), eq(stages.id, stageId)))
      .returning();
    if (!after) throw new Error("update returned no row");
    await recordAudit(tx, ctx, {
      action: "stage.update",
      entityType: "stage",
      entityId: stageId,
      before,
      after,
    });
    return after;
  });
}
