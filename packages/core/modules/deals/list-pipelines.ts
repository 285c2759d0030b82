import { asc, eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { ensureDefaultPipelineIn } from "./create-default-pipeline";
import { type Pipeline, pipelines, type Stage, stages } from "./tables";

export type PipelineWithStages = Pipeline & { stages: Stage[] };

/** The org's pipelines in order, each with its stages in order (two queries, whatever the count). */
export async function selectPipelinesWithStages(tx: Tx, orgId: string): Promise<PipelineWithStages[]> {
  const pipelineRows = await tx
    .select()
    .from(pipelines)
    .where(eq(pipelines.orgId, orgId))
    .orderBy(asc(pipelines.position), asc(pipelines.createdAt));
  const stageRows = await tx
    .select()
    .from(stages)
    .where(eq(stages.orgId, orgId))
    .orderBy(asc(stages.position), asc(stages.id));
  return pipelineRows.map((p) => ({ ...p, stages: stageRows.filter((s) => s.pipelineId === p.id) }));
}

export async function listPipelines(ctx: Ctx): Promise<PipelineWithStages[]> {
  assertCan(ctx, "records:read");
  return withOrg(ctx, async (tx) => {
    await ensureDefaultPipelineIn(tx, ctx);
    return selectPipelinesWithStages(tx, ctx.orgId);
  });
}
