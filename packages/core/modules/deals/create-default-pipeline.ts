import { sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { DEFAULT_PIPELINE_NAME, DEFAULT_STAGES, insertPipeline } from "./insert-pipeline";
import { findDefaultPipeline } from "./pipeline-queries";

/** The "Sales" pipeline every org starts with, inside the org-creation transaction. */
export function createDefaultPipeline(tx: Tx, orgId: string, actorUserId: string | null = null) {
  return insertPipeline(
    tx,
    { orgId, userId: actorUserId },
    { name: DEFAULT_PIPELINE_NAME, isDefault: true, position: 0, stages: DEFAULT_STAGES },
  );
}

/**
 * Orgs created before pipelines existed have none: create the default one on first use. The
 * advisory lock keeps two first requests from creating two.
 */
export async function ensureDefaultPipelineIn(tx: Tx, ctx: Ctx): Promise<void> {
  if (await findDefaultPipeline(tx, ctx.orgId)) return;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`pipelines:${ctx.orgId}`}))`);
  if (await findDefaultPipeline(tx, ctx.orgId)) return;
  await insertPipeline(tx, ctx, {
    name: DEFAULT_PIPELINE_NAME,
    isDefault: true,
    position: 0,
    stages: DEFAULT_STAGES,
  });
}

export const ensureDefaultPipeline = (ctx: Ctx): Promise<void> =>
  withOrg(ctx, (tx) => ensureDefaultPipelineIn(tx, ctx));
