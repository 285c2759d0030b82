import pg from "pg";
import { openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { env } from "../platform/env";
import { assertLocalDatabase } from "./assert-local-database";

// Vitest globalSetup for the postgres project: migrate one template database, and let each test
// file clone it (CREATE DATABASE … TEMPLATE) so files are isolated and fast.
export async function setup({ provide }: { provide?: unknown }): Promise<() => Promise<void>> {
  void provide;
  const url = env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is required for the postgres test project");
  assertLocalDatabase(url);
  const template = `crm_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const templateUrl = withDatabase(url, template);
  const handle = await openDatabase({ kind: "postgres", url: templateUrl, max: 1 });
  await runMigrations(handle);
  await handle.close();
  // Handed to the test workers, which read it through the env module.
  process.env.TEST_PG_TEMPLATE = template;
  return async () => {
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.end();
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
