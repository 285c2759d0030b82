import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { users } from "../auth/tables";
import { listCustomFieldDefs } from "../custom-fields/custom-values";
import type { CustomFieldDefinition } from "../custom-fields/tables";
import { orgDefaultCurrency, orgToday } from "../deals/pipeline-queries";
import { resolveDealStage } from "../deals/resolve-deal-stage";
import { pipelines, type Stage, stages } from "../deals/tables";
import { members } from "../orgs/tables";
import type { BuildOptions } from "./build-record";
import type { Import } from "./tables";

/** What every batch of a run needs, loaded once: custom fields, members (owners), stages, defaults. */
export type RunState = {
  ctx: Ctx;
  imp: Import;
  build: BuildOptions;
  defs: CustomFieldDefinition[];
  /** Lowercased member email or name → user id. */
  owners: Map<string, string>;
  stages: (Stage & { pipelineName: string; isDefault: boolean })[];
  defaultStage: Stage | null;
  today: string;
};

export async function loadRunState(tx: Tx, ctx: Ctx, imp: Import): Promise<RunState> {
  const defs = await listCustomFieldDefs(tx, ctx, imp.object);
  const people = await tx
    .select({ id: users.id, email: users.email, name: users.name })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(members.organizationId, ctx.orgId));
  const owners = new Map<string, string>();
  for (const p of people) {
    owners.set(p.email.toLowerCase(), p.id);
    if (p.name) owners.set(p.name.toLowerCase(), p.id);
  }
  const isDeals = imp.object === "deals";
  const stageRows = isDeals
    ? await tx
        .select({ stage: stages, pipelineName: pipelines.name, isDefault: pipelines.isDefault })
        .from(stages)
        .innerJoin(pipelines, and(eq(pipelines.id, stages.pipelineId), eq(pipelines.orgId, stages.orgId)))
        .where(eq(stages.orgId, ctx.orgId))
        .orderBy(sql`${pipelines.isDefault} desc`, asc(pipelines.position), asc(stages.position))
    : [];
  return {
    ctx,
    imp,
    defs,
    owners,
    build: {
      mapping: imp.mapping,
      headers: imp.headers,
      defs,
      defaultCurrency: await orgDefaultCurrency(tx, ctx.orgId),
    },
    stages: stageRows.map((r) => ({ ...r.stage, pipelineName: r.pipelineName, isDefault: r.isDefault })),
    defaultStage: isDeals ? await resolveDealStage(tx, ctx, {}) : null,
    today: await orgToday(tx, ctx.orgId),
  };
}

/** The owner a row names (member email or name); the importer when none or unknown, and always for reps. */
export function resolveOwner(state: RunState, owner: string | undefined): string | null {
  if (state.ctx.role === "rep" || !owner) return state.ctx.userId;
  return state.owners.get(owner.trim().toLowerCase()) ?? state.ctx.userId;
}

/** The stage a deal row names (in its pipeline, else the default pipeline, else any), or the default stage. */
export function resolveStage(state: RunState, stage?: string, pipeline?: string): Stage | "unknown" | null {
  if (!stage) {
    if (!pipeline) return state.defaultStage;
    const first = state.stages.find(
      (s) => s.pipelineName.toLowerCase() === pipeline.toLowerCase() && s.kind === "open",
    );
    return first ?? "unknown";
  }
  const name = stage.toLowerCase();
  const candidates = state.stages.filter((s) => s.name.toLowerCase() === name);
  const inPipeline = pipeline
    ? candidates.find((s) => s.pipelineName.toLowerCase() === pipeline.toLowerCase())
    : undefined;
  return inPipeline ?? candidates.find((s) => s.isDefault) ?? candidates[0] ?? "unknown";
}
