import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "../../db/client";
import { executeRows } from "../../db/execute-rows";
import { enqueueJob } from "../../platform/jobs";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { DUPLICATES_SCAN_JOB, runDuplicatesScanJob } from "./scan-duplicates";
import { DUPLICATE_OBJECTS, duplicateScans } from "./tables";

export const DUPLICATES_REFRESH_JOB = "duplicates.refresh";

const orgRow = z.object({ org_id: z.string() });

/**
 * Scheduled every minute: a scan job for each org whose records were never scanned or changed since
 * their last scan, so that the Duplicates page is usually current before anyone opens it (a new demo
 * org's 2,000 contacts take 2 s). Runs as the owner across orgs, the org explicit in every query;
 * an org whose scan was requested in the last 10 minutes is left to that job. Returns the jobs queued.
 */
export async function refreshAllDuplicates(): Promise<number> {
  const db = await getDb();
  let queued = 0;
  for (const object of DUPLICATE_OBJECTS) {
    const table = object === "contacts" ? contacts : companies;
    const rows = await executeRows(
      db,
      sql`
      select o.id as org_id from organizations o
        left join ${duplicateScans} s on s.org_id = o.id and s.object = ${object}
       where (s.requested_at is null or s.requested_at < now() - interval '10 minutes')
         and exists (select 1 from ${table} t where t.org_id = o.id and t.deleted_at is null
               and (s.checked_until is null or s.full_scan_started_at is not null
                    or t.updated_at > s.checked_until))`,
    );
    const orgs = z.array(orgRow).parse(rows);
    for (const { org_id: orgId } of orgs) {
      await db
        .insert(duplicateScans)
        .values({ orgId, object, requestedAt: sql`now()` })
        .onConflictDoUpdate({
          target: [duplicateScans.orgId, duplicateScans.object],
          set: { requestedAt: sql`now()` },
        });
      await enqueueJob(DUPLICATES_SCAN_JOB, { orgId, object }, runDuplicatesScanJob);
      queued++;
    }
  }
  return queued;
}
