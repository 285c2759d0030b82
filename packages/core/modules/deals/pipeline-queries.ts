import { and, asc, count, desc, eq, inArray, max } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { AppError, notFound } from "../../platform/errors";
import { orgSettings } from "../orgs/tables";
import type { StageKind } from "../records/enums";
import { deals, type Pipeline, pipelines, type Stage, stages } from "./tables";

// SQL for pipelines and stages; the org id is always part of the WHERE clause.

export async function findPipeline(tx: Tx, orgId: string, id: string): Promise<Pipeline | undefined> {
  const [row] = await tx
    .select()
    .from(pipelines)
    .where(and(eq(pipelines.orgId, orgId), eq(pipelines.id, id)));
  return row;
}

export async function getPipelineOrThrow(tx: Tx, orgId: string, id: string): Promise<Pipeline> {
  const row = await findPipeline(tx, orgId, id);
  if (!row) throw notFound("pipeline not found");
  return row;
}

export async function findStage(tx: Tx, orgId: string, id: string): Promise<Stage | undefined> {
  const [row] = await tx
    .select()
    .from(stages)
    .where(and(eq(stages.orgId, orgId), eq(stages.id, id)));
  return row;
}

/** Stages of the org by id, in one query (ids not found are missing from the map). */
export async function findStages(tx: Tx, orgId: string, ids: string[]): Promise<Map<string, Stage>> {
  const rows = await tx
    .select()
    .from(stages)
    .where(and(eq(stages.orgId, orgId), inArray(stages.id, [...new Set(ids)])));
  return new Map(rows.map((row) => [row.id, row]));
}

/** A stage of this pipeline, or 404. */
export async function getStageOrThrow(tx: Tx, orgId: string, pipelineId: string, id: string): Promise<Stage> {
  const stage = await findStage(tx, orgId, id);
  if (!stage || stage.pipelineId !== pipelineId) throw notFound("stage not found");
  return stage;
}

export function listStagesOf(tx: Tx, orgId: string, pipelineId: string): Promise<Stage[]> {
  return tx
    .select()
    .from(stages)
    .where(and(eq(stages.orgId, orgId), eq(stages.pipelineId, pipelineId)))
    .orderBy(asc(stages.position), asc(stages.id));
}

/** The org's default pipeline (or its first one, should no pipeline be flagged). */
export async function findDefaultPipeline(tx: Tx, orgId: string): Promise<Pipeline | undefined> {
  const [row] = await tx
    .select()
    .from(pipelines)
    .where(eq(pipelines.orgId, orgId))
    .orderBy(desc(pipelines.isDefault), asc(pipelines.position), asc(pipelines.createdAt))
    .limit(1);
  return row;
}

/** The first stage of `kind` by position (the entry stage for "open"), or a 422 naming `field`. */
export async function firstStageOfKind(
  tx: Tx,
  orgId: string,
  pipelineId: string,
  kind: StageKind,
  field = "stageId",
): Promise<Stage> {
  const [row] = await tx
    .select()
    .from(stages)
    .where(and(eq(stages.orgId, orgId), eq(stages.pipelineId, pipelineId), eq(stages.kind, kind)))
    .orderBy(asc(stages.position), asc(stages.id))
    .limit(1);
  if (!row) {
    const message = `The pipeline has no ${kind} stage`;
    throw new AppError("unprocessable", message, { fieldErrors: { [field]: [message] } });
  }
  return row;
}

/** Deals in a stage or pipeline, including those in the trash (they still reference it). */
export async function countDeals(
  tx: Tx,
  orgId: string,
  where: { stageId: string } | { pipelineId: string },
): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(deals)
    .where(
      and(
        eq(deals.orgId, orgId),
        "stageId" in where ? eq(deals.stageId, where.stageId) : eq(deals.pipelineId, where.pipelineId),
      ),
    );
  return row?.n ?? 0;
}

export async function nextPipelinePosition(tx: Tx, orgId: string): Promise<number> {
  const [row] = await tx
    .select({ max: max(pipelines.position) })
    .from(pipelines)
    .where(eq(pipelines.orgId, orgId));
  return row?.max === null || row?.max === undefined ? 0 : row.max + 1;
}

/** Today's date (YYYY-MM-DD) in the org's time zone. */
export async function orgToday(tx: Tx, orgId: string): Promise<string> {
  const [row] = await tx
    .select({ timeZone: orgSettings.timeZone })
    .from(orgSettings)
    .where(eq(orgSettings.orgId, orgId));
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: row?.timeZone ?? "UTC",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

export async function orgDefaultCurrency(tx: Tx, orgId: string): Promise<string> {
  const [row] = await tx
    .select({ currency: orgSettings.defaultCurrency })
    .from(orgSettings)
    .where(eq(orgSettings.orgId, orgId));
  return row?.currency ?? "USD";
}
