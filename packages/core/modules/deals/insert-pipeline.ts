import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { recordAudit } from "../audit/record-audit";
import type { StageKind } from "../records/enums";
import { type Pipeline, pipelines, type Stage, stages } from "./tables";

export type StageSpec = { name: string; probability: number; kind: StageKind };

export const DEFAULT_PIPELINE_NAME = "Sales";

export const DEFAULT_STAGES: readonly StageSpec[] = [
  { name: "Lead in", probability: 10, kind: "open" },
  { name: "Qualified", probability: 25, kind: "open" },
  { name: "Proposal", probability: 50, kind: "open" },
  { name: "Negotiation", probability: 75, kind: "open" },
  { name: "Won", probability: 100, kind: "won" },
  { name: "Lost", probability: 0, kind: "lost" },
];

/** Inserts a pipeline with its stages (positions in the given order) and audits it, in the caller's tx. */
export async function insertPipeline(
  tx: Tx,
  ctx: Pick<Ctx, "orgId" | "userId" | "apiKeyId">,
  input: { name: string; isDefault: boolean; position: number; stages: readonly StageSpec[] },
): Promise<Pipeline & { stages: Stage[] }> {
  const [pipeline] = await tx
    .insert(pipelines)
    .values({
      id: newId(),
      orgId: ctx.orgId,
      name: input.name,
      isDefault: input.isDefault,
      position: input.position,
    })
    .returning();
  if (!pipeline) throw new Error("insert returned no row");
  const rows = await tx
    .insert(stages)
    .values(
      input.stages.map((s, position) => ({
        id: newId(),
        orgId: ctx.orgId,
        pipelineId: pipeline.id,
        name: s.name,
        probability: s.probability,
        kind: s.kind,
        position,
      })),
    )
    .returning();
  const result = { ...pipeline, stages: rows.sort((a, b) => a.position - b.position) };
  await recordAudit(tx, ctx, {
    action: "pipeline.create",
    entityType: "pipeline",
    entityId: pipeline.id,
    after: result,
  });
  return result;
}
