import path from "node:path";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { env } from "../platform/env";
import { logger } from "../platform/logger";
import type { DatabaseHandle } from "./client";

// Resolved from the repository root: inside the Next.js bundle import.meta.url points elsewhere.
export const migrationsFolder = path.join(env.repoRoot, "packages/core/db/migrations");

const MIGRATION_LOCK = 7_231_001;

export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  const started = Date.now();
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    // Web server and worker may start together: serialise migrations with an advisory lock on one connection.
    const client = new pg.Client({ connectionString: handle.url });
    await client.connect();
    try {
      const db = drizzlePg(client);
      await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
      try {
        await migratePg(db, { migrationsFolder });
      } finally {
        await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
      }
    } finally {
      await client.end();
    }
  }
  logger.debug({ ms: Date.now() - started, kind: handle.kind }, "migrations applied");
}
