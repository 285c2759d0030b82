import { and, inArray, lte, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { enqueueJob } from "../../platform/jobs";
import { IMPORT_JOB, runImportJob } from "./run-import";
import { imports } from "./tables";

export const IMPORT_RECOVERY_JOB = "imports.recover";

/**
 * Re-queues imports left queued or running with no progress for `staleSeconds` — the process that ran
 * them stopped (crash, restart, deploy). They resume after their last committed batch. Runs as the
 * owner across orgs (scheduled every minute), so the org is explicit in every query. Returns the ids.
 */
export async function recoverImports(staleSeconds = 60): Promise<string[]> {
  const db = await getDb();
  const stale = await db
    .update(imports)
    .set({ updatedAt: new Date() })
    .where(
      and(
        inArray(imports.status, ["queued", "running"]),
        lte(imports.updatedAt, sql`now() - make_interval(secs => ${staleSeconds})`),
      ),
    )
    .returning({ id: imports.id, orgId: imports.orgId });
  for (const { id, orgId } of stale) {
    await enqueueJob(IMPORT_JOB, { orgId, importId: id }, runImportJob);
  }
  return stale.map((s) => s.id);
}
