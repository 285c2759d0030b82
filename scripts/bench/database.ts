import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Database, DatabaseHandle } from "@crm/core/db/client";
import { acquireDataDirLock } from "@crm/core/db/data-dir-lock";
import * as schema from "@crm/core/db/schema";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { Logger } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";

// The benchmark's own database handle: the same schema and drivers as the app, plus a query log so
// the SQL a service runs can be captured and then replayed directly on the database.

export type Statement = { sql: string; params: unknown[] };

export type BenchDatabase = {
  handle: DatabaseHandle;
  /** Runs `fn` and returns the statements it sent (transaction control and side writes left out). */
  capture(fn: () => Promise<unknown>): Promise<Statement[]>;
  /** Times one replay of `statements` in a transaction, as the app runs them; milliseconds. */
  replay(statements: Statement[]): Promise<number>;
};

const CONTROL = /^\s*(begin|commit|rollback|savepoint|release)/i;
/** A read's side writes (the export's audit entry) are not replayed: a fixed id would conflict. */
const WRITE = /^\s*(insert|update|delete)\b/i;

export async function openBenchDatabase(
  options: { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string },
): Promise<BenchDatabase> {
  let log: Statement[] | null = null;
  const logger: Logger = {
    logQuery(query, params) {
      if (log && !CONTROL.test(query) && !WRITE.test(query)) log.push({ sql: query, params });
    },
  };
  const capture = async (fn: () => Promise<unknown>) => {
    log = [];
    try {
      await fn();
      return log;
    } finally {
      log = null;
    }
  };

  if (options.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: options.url, max: 4 });
    const db = drizzlePg(pool, { schema, logger }) as unknown as Database;
    return {
      capture,
      handle: {
        kind: "postgres",
        url: options.url,
        db,
        executeSql: async (text, values) => ({ rows: (await pool.query(text, values)).rows }),
        close: () => pool.end(),
      },
      async replay(statements) {
        const client = await pool.connect();
        try {
          const started = performance.now();
          await client.query("begin");
          for (const s of statements) await client.query(s.sql, s.params);
          await client.query("commit");
          return performance.now() - started;
        } finally {
          client.release();
        }
      },
    };
  }

  const release = acquireDataDirLock(options.dataDir);
  const client = await PGlite.create(path.join(options.dataDir, "pglite"), {
    extensions: { pg_trgm, unaccent },
  });
  const db = drizzlePglite(client, { schema, logger }) as unknown as Database;
  return {
    capture,
    handle: {
      kind: "pglite",
      db,
      executeSql: async (text, values) => {
        if (values && values.length > 0)
          return { rows: (await client.query<Record<string, unknown>>(text, values)).rows };
        const results = await client.exec(text);
        return { rows: (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[] };
      },
      close: async () => {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    },
    async replay(statements) {
      const started = performance.now();
      await client.exec("begin");
      for (const s of statements) await client.query(s.sql, s.params);
      await client.exec("commit");
      return performance.now() - started;
    },
  };
}
