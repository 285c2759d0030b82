import { and, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { DEFAULT_STAGES, insertPipeline } from "./insert-pipeline";
import { findDefaultPipeline, nextPipelinePosition } from "./pipeline-queries";
import { type CreatePipelineInput, createPipelineSchema } from "./pipeline-schemas";
import { pipelines } from "./tables";

export async function createPipeline(ctx: Ctx, input: CreatePipelineInput) {
  assertCan(ctx, "pipelines:manage");
  const data = createPipelineSchema.parse(input);
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
