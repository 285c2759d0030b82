import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { DatabaseHandle } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { AppError } from "../../platform/errors";
import { BACKUP_FORMAT } from "./backup";
import { countAppliedMigrations } from "./migration-state";

const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  migrations: z.number().int(),
  tables: z.array(z.string()),
});
const batchSchema = z.object({ table: z.string(), rows: z.array(z.record(z.string(), z.unknown())) });

/** Restores a backup into an empty database, in one transaction: all of it or nothing. */
export async function restoreDatabase(handle: DatabaseHandle, inFile: string) {
  await runMigrations(handle);
  const { rows: users } = await handle.executeSql("select count(*)::int as n from users", []);
  if (Number(users[0]?.n ?? 0) > 0) {
    throw new AppError(
      "conflict",
      "The target database is not empty; restore only into a fresh data directory or database.",
    );
  }
  const lines = createInterface({
    input: createReadStream(inFile).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const applied = await countAppliedMigrations(handle);
  const counts: Record<string, number> = {};
  await handle.db.transaction(async (tx) => {
    let header: z.infer<typeof headerSchema> | null = null;
    for await (const line of lines) {
      if (!line.trim()) continue;
      const json: unknown = JSON.parse(line);
      if (!header) {
        header = headerSchema.parse(json);
        if (header.migrations !== applied) {
          throw new AppError(
            "conflict",
            `The backup was made at schema version ${header.migrations}, this install is at ${applied}.`,
          );
        }
        continue;
      }
      const batch = batchSchema.parse(json);
      if (!header.tables.includes(batch.table))
        throw new AppError("bad_request", `Unknown table ${batch.table}`);
      const table = sql.identifier(batch.table);
      await tx.execute(
        sql`insert into ${table} select * from json_populate_recordset(null::${table}, ${JSON.stringify(batch.rows)}::json)`,
      );
      counts[batch.table] = (counts[batch.table] ?? 0) + batch.rows.length;
    }
    if (!header) throw new AppError("bad_request", "The file is not a CRM backup");
  });
  return { tables: counts };
}
