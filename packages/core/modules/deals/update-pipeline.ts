import { and, eq, ne } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { getPipelineOrThrow } from "./pipeline-queries";
import type { UpdatePipelineData } from "./pipeline-schemas";
import { pipelines } from "./tables";

/** Renames a pipeline and/or makes it the org's default (the previous default stops being one). */
export async function updatePipeline(ctx: Ctx, id: string, data: UpdatePipelineData) {
  assertCan(ctx, "pipelines:manage");
  return withOrg(ctx, async (tx) => {
    const before = await getPipelineOrThrow(tx, ctx.orgId, id);
    if (data.name === undefined && data.isDefault === undefined) return before;
    if (data.isDefault) {
      await tx
        .update(pipelines)
        .set({ isDefault: false })
        .where(and(eq(pipelines.orgId, ctx.orgId), ne(pipelines.id, id)));
    }
    const [after] = await tx
      .update(pipelines)
      .set(data)
      .where(and(eq(pipelines.orgId, ctx.orgId), eq(pipelines.id, id)))
      .returning();
    if (!after) throw new Error("update returned no row");
    await recordAudit(tx, ctx, {
      action: "pipeline.update",
      entityType: "pipeline",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
