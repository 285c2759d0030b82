import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { executeRows } from "../../db/execute-rows";
import type { Ctx } from "../../platform/context";
import { createImport } from "./create-import";
import { getImport } from "./get-import";
import type { DuplicatePolicy, ImportMapping, ImportObject } from "./schemas";

// Helpers for the import integration tests (not a test file itself).

/** Imports CSV text through the real service; with no queue in tests the job runs inline. */
export async function importCsv(
  ctx: Ctx,
  object: ImportObject,
  csv: string,
  options: { onDuplicate?: DuplicatePolicy; mapping?: ImportMapping; draft?: boolean } = {},
) {
  const created = await createImport(ctx, {
    object,
    fileName: "people.csv",
    file: Readable.from([Buffer.from(csv)]),
    ...options,
  });
  return getImport(ctx, created.id, { errorLimit: 1000 });
}

const SNAPSHOT_TABLES = [
  "companies",
  "contacts",
  "leads",
  "deals",
  "deal_contacts",
  "activities",
  "tasks",
  "record_shares",
  "custom_field_definitions",
  "pipelines",
  "stages",
] as const;

/** Every row of the org's CRM tables, as JSON ordered by content: equal snapshots mean an identical org. */
export async function snapshotOrg(orgId: string): Promise<Record<string, unknown[]>> {
  const db = await getDb();
  const snapshot: Record<string, unknown[]> = {};
  for (const table of SNAPSHOT_TABLES) {
    const rows = await executeRows<{ row: unknown }>(
      db,
      sql`select to_jsonb(t) as row from ${sql.identifier(table)} t where t.org_id = ${orgId} order by to_jsonb(t)::text`,
    );
    snapshot[table] = rows.map((r) => r.row);
  }
  return snapshot;
}
