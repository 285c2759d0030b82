import { and, eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { recordAudit } from "../audit/record-audit";
import { findWritableRecord } from "../records/record-access";
import { dealResponse } from "./deal-response";
import { logStageChange } from "./log-stage-change";
import { findStage, findStages, orgToday } from "./pipeline-queries";
import type { MoveDealStageData } from "./schemas";
import { stageTransition } from "./stage-transition";
import { type Deal, deals, type Stage } from "./tables";

/**
 * Moves a deal to a stage of its pipeline, or of another pipeline of the org (the deal changes
 * pipeline too): probability from the stage, outcome from its kind, a timeline entry and an audit row.
 * The input is parsed by `moveDealStageSchema` (the operation `deals.moveStage`).
 */
export async function moveDealStage(ctx: Ctx, id: string, { stageId }: MoveDealStageData) {
  return withOrg(ctx, async (tx) => {
    const before = await findWritableRecord<Deal>(tx, ctx, deals, "deals", id);
    // The target and the current stage in one query (the timeline entry names both).
    const found = await findStages(tx, ctx.orgId, [stageId, before.stageId]);
    const to = found.get(stageId);
    if (!to) {
      throw new AppError("unprocessable", "Stage not found", {
        fieldErrors: { stageId: ["Not found in this organization"] },
      });
    }
    return dealResponse(
      tx,
      ctx.orgId,
      await moveDealIn(tx, ctx, before, to, { from: found.get(before.stageId) }),
    );
  });
}

/**
 * The move itself, in the caller's transaction; `lostReason` is kept on a deal that ends up lost;
 * `from` is the deal's current stage when the caller has it already.
 */
export async function moveDealIn(
  tx: Tx,
  ctx: Ctx,
  before: Deal,
  to: Stage,
  extra: { lostReason?: string | null; from?: Stage } = {},
): Promise<Deal> {
  const lostReason = extra.lostReason === undefined ? before.lostReason : extra.lostReason;
  if (to.id === before.stageId) {
    if (lostReason === before.lostReason || to.kind !== "lost") return before;
    return writeDeal(tx, ctx, before, { lostReason }, "deal.update");
  }
  // Only a won or lost stage sets a close date ("today" in the org's time zone).
  const today = to.kind === "open" ? null : await orgToday(tx, ctx.orgId);
  const patch = stageTransition({ ...before, lostReason }, to, today);
  const after = await writeDeal(tx, ctx, before, patch, "deal.stage_change");
  const from = extra.from ?? (await findStage(tx, ctx.orgId, before.stageId));
  await logStageChange(tx, ctx, before.id, from, to);
  return after;
}

async function writeDeal(
  tx: Tx,
  ctx: Ctx,
  before: Deal,
  patch: Partial<Deal>,
  action: string,
): Promise<Deal> {
  const [after] = await tx
    .update(deals)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(deals.orgId, ctx.orgId), eq(deals.id, before.id)))
    .returning();
  if (!after) throw new Error("update returned no row");
  await recordAudit(tx, ctx, { action, entityType: "deal", entityId: before.id, before, after });
  return after;
}
