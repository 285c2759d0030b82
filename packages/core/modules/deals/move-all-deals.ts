import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { deals, type Stage } from "./tables";

/**
 * The rules of `stageTransition` in one UPDATE for every deal of a stage or a whole pipeline (trashed
 * deals too: they still reference it), so a stage or pipeline can be deleted. The target may be in
 * another pipeline: the deals follow it there.
 */
export function moveAllDeals(
  tx: Tx,
  orgId: string,
  from: { stageId: string } | { pipelineId: string },
  target: Stage,
  today: string,
) {
  const now = new Date();
  const common = {
    pipelineId: target.pipelineId,
    stageId: target.id,
    probability: target.probability,
    stageChangedAt: now,
    updatedAt: now,
  };
  const closing =
    target.kind === "open"
      ? {
          outcome: null,
          actualCloseDate: sql`case when ${deals.outcome} is null then ${deals.actualCloseDate} end`,
          lostReason: sql`case when ${deals.outcome} is null then ${deals.lostReason} end`,
        }
      : {
          outcome: target.kind,
          actualCloseDate: sql`coalesce(${deals.actualCloseDate}, ${today}::date)`,
          ...(target.kind === "won" ? { lostReason: null } : {}),
        };
  const source = "stageId" in from ? eq(deals.stageId, from.stageId) : eq(deals.pipelineId, from.pipelineId);
  return tx
    .update(deals)
    .set({ ...common, ...closing })
    .where(and(eq(deals.orgId, orgId), source));
}
