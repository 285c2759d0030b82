import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { env, isBuildPhase } from "../platform/env";
import { logger } from "../platform/logger";
import { acquireDataDirLockWaiting } from "./data-dir-lock";
import { createOrgTransaction } from "./pg-org-transaction";
import * as schema from "./schema";

export type Schema = typeof schema;
/**
 * What raw SQL (`db.execute`) answers on both drivers: node-postgres' QueryResult and PGlite's Results
 * both carry the rows, so `execute<Row>()` is typed `{ rows: Row[] }` (read them with `executeRows`).
 */
export interface RowsQueryResultHKT extends PgQueryResultHKT {
  type: RowsResult<this["row"]>;
}
type RowsResult<Row> = { rows: Row[] };
export type Database = PgDatabase<RowsQueryResultHKT, Schema>;
export type Tx = PgTransaction<RowsQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DbOrTx = Database | Tx;
export type DbKind = "pglite" | "postgres";

export type SqlResult = { rows: Record<string, unknown>[] };

export interface DatabaseHandle {
  kind: DbKind;
  /** Connection string of a PostgreSQL server; absent for PGlite. */
  url?: string;
  db: Database;
  /** Plain SQL for infrastructure (job queue, backups); multi-statement text allowed without values. */
  executeSql(text: string, values?: unknown[]): Promise<SqlResult>;
  /**
   * PostgreSQL: a transaction as the app role in `orgId` that takes one round trip fewer to open
   * (pg-org-transaction.ts); null when it cannot (withOrg then opens one through Drizzle).
   */
  orgTransaction?<T>(orgId: string, fn: (tx: Tx) => Promise<T>): Promise<{ value: T } | null>;
  close(): Promise<void>;
}

export type OpenOptions =
  | { kind: "postgres"; url: string; max?: number }
  | {
      kind: "pglite";
      dataDir: string | null;
      /** How long to wait for another process to let go of the data dir (default: fail at once). */
      lockWaitMs?: number;
    };

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.kind === "postgres") {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.max ?? 10,
      // No JIT: a CRM runs short queries, and at a million rows the planner's cost estimates pass
      // jit_above_cost and compile for 100–350 ms what then runs in a few milliseconds.
      options: "-c jit=off",
    });
    // An idle connection the server drops (restart, terminate) is reported here; without a listener the
    // error is unhandled and ends the process. The pool replaces the connection on the next query.
    pool.on("error", (error) => logger.warn({ err: error }, "idle database connection lost"));
    const db = drizzlePg(pool, { schema }) as unknown as Database;
    return {
      kind: "postgres",
      url: options.url,
      db,
      orgTransaction: createOrgTransaction(pool, schema),
      executeSql: async (text, values) => {
        const result = await pool.query(text, values);
        // A multi-statement query yields one result per statement; callers want the last.
        const last = Array.isArray(result) ? result[result.length - 1] : result;
        return { rows: (last?.rows ?? []) as Record<string, unknown>[] };
      },
      close: () => pool.end(),
    };
  }
  const release = options.dataDir
    ? await acquireDataDirLockWaiting(options.dataDir, options.lockWaitMs ?? 0)
    : () => {};
  try {
    const dataDir = options.dataDir ? path.join(options.dataDir, "pglite") : undefined;
    const client = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent } });
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    return {
      kind: "pglite",
      db,
      executeSql: async (text, values) => {
        if (values && values.length > 0) {
          const result = await client.query<Record<string, unknown>>(text, values);
          return { rows: result.rows };
        }
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
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** The database this process is configured for: DATABASE_URL, or PGlite in DATA_DIR. */
export async function openConfiguredDatabase(options: { lockWaitMs?: number } = {}): Promise<DatabaseHandle> {
  // `next build` renders pages in worker processes; one that opened the embedded database held its
  // lock while the freshly built server started, and that server then failed on every request.
  if (isBuildPhase()) {
    throw new Error(
      "The build must not open the database: a page read data before calling a request API (add `await connection()`).",
    );
  }
  return env.DATABASE_URL
    ? openDatabase({ kind: "postgres", url: env.DATABASE_URL })
    : openDatabase({ kind: "pglite", dataDir: env.dataDir, lockWaitMs: options.lockWaitMs });
}

/** How long a server waits for a data dir still held by a process that is shutting down. */
const SERVER_LOCK_WAIT_MS = 30_000;

// One handle per process, shared by the Next.js bundle, the job runner and the CLI through globalThis
// (Next.js may load this module more than once).
const KEY = Symbol.for("crm.database");
type Holder = { [KEY]?: Promise<DatabaseHandle> };

export function getDatabaseHandle(): Promise<DatabaseHandle> {
  const holder = globalThis as Holder;
  holder[KEY] ??= openConfiguredDatabase({ lockWaitMs: SERVER_LOCK_WAIT_MS }).catch((error: unknown) => {
    holder[KEY] = undefined;
    throw error;
  });
  return holder[KEY];
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

/** Lets tests and the CLI install a handle of their own as the process database. */
export function setDatabaseHandle(handle: DatabaseHandle | undefined): void {
  (globalThis as Holder)[KEY] = handle ? Promise.resolve(handle) : undefined;
}
