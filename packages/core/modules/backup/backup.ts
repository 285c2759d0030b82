import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { createGzip } from "node:zlib";
import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "../../db/client";
import { executeRows } from "../../db/execute-rows";
import { APP_VERSION } from "../../platform/version";
import { countAppliedMigrations } from "./migration-state";
import { listTablesInDependencyOrder } from "./table-order";

export const BACKUP_FORMAT = "crm-backup";
const BATCH = 1000;
/** Derived tables, not data: triggers rebuild them while the restore inserts their source rows. */
const DERIVED_TABLES = new Set(["deal_stage_totals"]);

/**
 * Logical backup: gzip'd NDJSON, a header line then batches of rows per table. Portable between
 * PGlite and PostgreSQL, so it also moves a laptop install onto a server. Streams in batches
 * through a cursor, so memory stays flat.
 */
export async function backupDatabase(handle: DatabaseHandle, outFile: string) {
  const tables = (await listTablesInDependencyOrder(handle)).filter((t) => !DERIVED_TABLES.has(t));
  const gzip = createGzip();
  const out = createWriteStream(outFile, { mode: 0o600 });
  gzip.pipe(out);
  const write = async (line: object) => {
    if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, "drain");
  };
  await write({
    format: BACKUP_FORMAT,
    version: 1,
    appVersion: APP_VERSION,
    createdAt: new Date().toISOString(),
    migrations: await countAppliedMigrations(handle),
    tables,
  });
  const counts: Record<string, number> = {};
  await handle.db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read`);
    for (const table of tables) {
      counts[table] = 0;
      await tx.execute(
        sql`declare backup_cursor no scroll cursor for select row_to_json(t) as r from ${sql.identifier(table)} t`,
      );
      for (;;) {
        const fetched = await executeRows<{ r: unknown }>(
          tx,
          sql`fetch ${sql.raw(String(BATCH))} from backup_cursor`,
        );
        const rows = fetched.map((row) => row.r);
        if (rows.length === 0) break;
        counts[table] += rows.length;
        await write({ table, rows });
      }
      await tx.execute(sql`close backup_cursor`);
    }
  });
  gzip.end();
  await once(out, "finish");
  return { tables: counts };
}
