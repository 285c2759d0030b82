import "server-only";
import { listPipelines } from "@crm/core/modules/deals/list-pipelines";
import type { Ctx } from "@crm/core/platform/context";

/** Stage id → name for the org's pipelines (a handful of rows). */
export async function loadStageNames(ctx: Ctx): Promise<Record<string, string>> {
  const pipelines = await listPipelines(ctx);
  return Object.fromEntries(pipelines.flatMap((p) => p.stages.map((s) => [s.id, s.name])));
}
