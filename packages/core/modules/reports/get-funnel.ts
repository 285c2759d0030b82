import { eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { findDefaultPipeline, getPipelineOrThrow, listStagesOf } from "../deals/pipeline-queries";
import { orgSettings } from "../orgs/tables";
import type { Funnel, FunnelInput } from "./funnel-schemas";
import { runReport } from "./run-report";
import type { ReportRow } from "./schemas";

const ratio = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;

/**
 * The pipeline funnel: per stage the deals now in it (count and value, through the report engine, so
 * with the list's filters and the caller's visibility) and, for open stages, how many reached it and
 * the share that went on to the next stage. A deal keeps only its current stage: one in a later open
 * stage or won has passed every open stage before; a lost deal sits in the lost stage, so where it
 * dropped out is not known and it counts in no open stage's `reached` (it does in `winRate`).
 */
export async function getFunnel(ctx: Ctx, input: FunnelInput): Promise<Funnel> {
  assertCan(ctx, "records:read");
  if (Object.hasOwn(input.filters, "pipelineId")) {
    throw new AppError("unprocessable", "The funnel input has invalid fields", {
      fieldErrors: { "filters.pipelineId": ["Name the pipeline as pipelineId"] },
    });
  }
  return withOrg(ctx, async (tx) => {
    const pipeline = input.pipelineId
      ? await getPipelineOrThrow(tx, ctx.orgId, input.pipelineId)
      : await findDefaultPipeline(tx, ctx.orgId);
    if (!pipeline) throw notFound("pipeline not found");
    const stages = await listStagesOf(tx, ctx.orgId, pipeline.id);
    const [settings] = await tx
      .select({ currency: orgSettings.defaultCurrency })
      .from(orgSettings)
      .where(eq(orgSettings.orgId, ctx.orgId));
    const filters = { ...input.filters, pipelineId: pipeline.id };
    const byStage = (rows: ReportRow[]) => new Map(rows.map((row) => [String(row.stageId), row]));
    const counts = byStage(
      await runReport(ctx, { object: "deals", measure: { fn: "count" }, groupBy: ["stageId"], filters }),
    );
    const values = byStage(
      await runReport(ctx, {
        object: "deals",
        measure: { fn: "sum", field: "value" },
        groupBy: ["stageId"],
        filters,
      }),
    );
    const countOf = (stageId: string) => counts.get(stageId)?.value ?? 0;

    const open = stages.filter((stage) => stage.kind === "open");
    const won = stages.filter((stage) => stage.kind === "won").reduce((sum, s) => sum + countOf(s.id), 0);
    const lost = stages.filter((stage) => stage.kind === "lost").reduce((sum, s) => sum + countOf(s.id), 0);
    // reached[i]: deals in open stage i or a later one, plus the won ones.
    const reached = open.map((_, i) => open.slice(i).reduce((sum, s) => sum + countOf(s.id), 0) + won);

    return {
      pipelineId: pipeline.id,
      currency: settings?.currency ?? "USD",
      winRate: ratio(won, won + lost),
      stages: stages.map((stage) => {
        const index = open.indexOf(stage);
        const here = index >= 0 ? (reached[index] ?? 0) : stage.kind === "won" ? won : null;
        const next = index >= 0 ? (reached[index + 1] ?? won) : null;
        const value = values.get(stage.id);
        return {
          stageId: stage.id,
          name: stage.name,
          kind: stage.kind,
          count: countOf(stage.id),
          value: value?.value ?? 0,
          ...(value?.unconverted ? { unconverted: value.unconverted } : {}),
          reached: here,
          conversion: here !== null && next !== null ? ratio(next, here) : null,
        };
      }),
    };
  });
}
