import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { getPipelineOrThrow, listStagesOf } from "./pipeline-queries";
import type { AddStageData } from "./pipeline-schemas";
import { writeStagePositions } from "./stage-positions";
import { stages } from "./tables";

const MAX_STAGES = 30;

/** Adds a stage at `position`, or by default: an open stage before the won/lost ones, a closed one last. */
export async function addStage(ctx: Ctx, pipelineId: string, data: AddStageData) {
  assertCan(ctx, "pipelines:manage");
  const kind = data.kind ?? "open";
  const probability = data.probability ?? (kind === "won" ? 100 : kind === "lost" ? 0 : 10);
  return withOrg(ctx, async (tx) => {
    await getPipelineOrThrow(tx, ctx.orgId, pipelineId);
    const existing = await listStagesOf(tx, ctx.orgId, pipelineId);
    if (existing.length >= MAX_STAGES) {
      throw new AppError("unprocessable", `A pipeline has at most ${MAX_STAGES} stages`);
    }
    const firstClosed = existing.findIndex((s) => s.kind !== "open");
    const fallback = kind === "open" && firstClosed >= 0 ? firstClosed : existing.length;
    const index = Math.min(data.position ?? fallback, existing.length);
    const id = newId();
    const ordered = existing.map((s) => ({ id: s.id, position: s.position }));
    ordered.splice(index, 0, { id, position: index });
    await writeStagePositions(tx, ctx.orgId, ordered);
    const [stage] = await tx
      .insert(stages)
      .values({ id, orgId: ctx.orgId, pipelineId, name: data.name, kind, probability, position: index })
      .returning();
    if (!stage) throw new Error("insert returned no row");
    await recordAudit(tx, ctx, { action: "stage.create", entityType: "stage", entityId: id, after: stage });
    return stage;
  });
}
