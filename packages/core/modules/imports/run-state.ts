import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { can } from "../../platform/permissions";
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
  /** Lowercased tag → the spelling first seen in this import (one spelling per tag, case kept). */
  tagSpellings: Map<string, string>;
};

/** Lowercased member email or name → user id: the values an owner column may hold. */
export async function loadOwners(tx: Tx, orgId: string): Promise<Map<string, string>> {
  const people = await tx
    .select({ id: users.id, email: users.email, name: users.name })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(members.organizationId, orgId));
  const owners = new Map<string, string>();
  for (const p of people) {
    owners.set(p.email.toLowerCase(), p.id);
    if (p.name) owners.set(p.name.toLowerCase(), p.id);
  }
  return owners;
}

export async function loadRunState(tx: Tx, ctx: Ctx, imp: Import): Promise<RunState> {
  const defs = await listCustomFieldDefs(tx, ctx, imp.object);
  const owners = await loadOwners(tx, ctx.orgId);
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
    tagSpellings: new Map(),
  };
}

/**
 * The member a row's owner value names: their user id; null when the row names nobody or the
 * importer may not assign records (reps own what they import); "unknown" when it names someone who is no member.
 */
export function matchOwner(owners: Map<string, string>, ctx: Ctx, owner: string | undefined): string | null {
  if (!can(ctx, "records:assign") || !owner?.trim()) return null;
  return owners.get(owner.trim().toLowerCase()) ?? UNKNOWN_OWNER;
}

export const UNKNOWN_OWNER = "unknown";

/** A row error for an owner value that matches no member (the import's choice is to skip such rows). */
export const unknownOwnerMessage = (owner: string | undefined): string =>
  `owner: No member matches "${owner?.trim() ?? ""}"`;

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
