import { and, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { DEFAULT_STAGES, insertPipeline } from "./insert-pipeline";
import { findDefaultPipeline, nextPipelinePosition } from "./pipeline-queries";
import type { CreatePipelineData } from "./pipeline-schemas";
import { pipelines } from "./tables";

/** Creates a pipeline from input parsed by `createPipelineSchema` (the operation `pipelines.create`). */
export async function createPipeline(ctx: Ctx, data: CreatePipelineData) {
  assertCan(ctx, "pipelines:manage");
  return withOrg(ctx, async (tx) => {
    const current = await findDefaultPipeline(tx, ctx.orgId);
    // The first pipeline of an org is its default whatever the input says.
    const isDefault = data.isDefault === true || !current;
    if (isDefault && current) {
      await tx
        .update(pipelines)
        .set({ isDefault: false })
        .where(and(eq(pipelines.orgId, ctx.orgId), eq(pipelines.isDefault, true)));
    }
    return insertPipeline(tx, ctx, {
      name: data.name,
      isDefault,
      position: await nextPipelinePosition(tx, ctx.orgId),
      stages: data.stages ?? DEFAULT_STAGES,
    });
  });
}
