import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { logSystemActivity } from "../records/system-activity";
import type { Stage } from "./tables";

/** The timeline entry of a deal that changed stage: "Stage: Qualified → Proposal". */
export function logStageChange(
  tx: Tx,
  ctx: Ctx,
  dealId: string,
  from: Pick<Stage, "id" | "name" | "pipelineId"> | undefined,
  to: Pick<Stage, "id" | "name" | "pipelineId">,
): Promise<void> {
  return logSystemActivity(tx, ctx, {
    subject: `Stage: ${from?.name ?? "?"} → ${to.name}`,
    event: {
      kind: "stage_changed",
      fromStageId: from?.id ?? null,
      toStageId: to.id,
      ...(from && from.pipelineId !== to.pipelineId
        ? { fromPipelineId: from.pipelineId, toPipelineId: to.pipelineId }
        : {}),
    },
    dealId,
  });
}
