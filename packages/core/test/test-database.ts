import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { type DatabaseHandle, openDatabase, setDatabaseHandle } from "../db/client";
import { runMigrations } from "../db/migrate";
import { resetAuth } from "../platform/auth/auth";
import { env } from "../platform/env";
import { assertLocalDatabase } from "./assert-local-database";
import { withDatabase } from "./pg-template";

export type TestDatabase = { handle: DatabaseHandle; kind: DatabaseHandle["kind"] };

/**
 * Gives the test file a database of its own and installs it as the process database:
 * an in-memory PGlite (project "pglite") or a clone of the migrated template on the
 * PostgreSQL server at TEST_DATABASE_URL (project "postgres").
 */
export function useTestDatabase(): TestDatabase {
  const state = {} as TestDatabase;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (env.TEST_DB === "postgres") {
      const url = env.TEST_DATABASE_URL;
      const template = env.TEST_PG_TEMPLATE;
      if (!url || !template) throw new Error("postgres tests need TEST_DATABASE_URL and the template setup");
      assertLocalDatabase(url);
      const name = `crm_t_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create database ${name} template ${template}`);
      state.handle = await openDatabase({ kind: "postgres", url: withDatabase(url, name), max: 5 });
      drop = async () => {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      };
    } else {
      state.handle = await openDatabase({ kind: "pglite", dataDir: null });
      await runMigrations(state.handle);
    }
    state.kind = state.handle.kind;
    setDatabaseHandle(state.handle);
    resetAuth();
  }, 60_000);
  afterAll(async () => {
    await state.handle?.close();
    setDatabaseHandle(undefined);
    resetAuth();
    await drop?.();
  });
  return state;
}
