import { and, asc, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { countDeals, getPipelineOrThrow, listStagesOf } from "./pipeline-queries";
import { pipelines } from "./tables";

/**
 * Deletes an empty pipeline and its stages. Refused (409) while any deal, even one in the trash,
 * is in it, and for the org's last pipeline. Deleting the default makes the next pipeline the default.
 */
export async function deletePipeline(ctx: Ctx, id: string): Promise<void> {
  assertCan(ctx, "pipelines:manage");
  await withOrg(ctx, async (tx) => {
    const pipeline = await getPipelineOrThrow(tx, ctx.orgId, id);
    const deals = await countDeals(tx, ctx.orgId, { pipelineId: id });
    if (deals > 0) {
      throw new AppError("conflict", `The pipeline still has ${deals} deal(s); move or delete them first`);
    }
    const others = await tx
      .select({ id: pipelines.id })
      .from(pipelines)
      .where(eq(pipelines.orgId, ctx.orgId))
      .orderBy(asc(pipelines.position), asc(pipelines.createdAt));
    const next = others.find((p) => p.id !== id);
    if (!next) throw new AppError("conflict", "An organization keeps at least one pipeline");
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
    });
  });
}
