import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setDatabaseHandle } from "@crm/core/db/client";
import { runMigrations } from "@crm/core/db/migrate";
import pg from "pg";
import { type BenchDatabase, openBenchDatabase } from "./database";
import { createFixture, type Fixture, type Scale } from "./setup";

// Where the benchmark's data lives: a PGlite data dir in a temp dir, or a fresh database on the
// PostgreSQL server at 127.0.0.1. `--keep` leaves it (and a state file) for `--reuse STATE_FILE`.

export type Opened = {
  bench: BenchDatabase;
  fixture: Fixture;
  serverEnv: Record<string, string>;
  stateFile: string;
  dispose(): Promise<void>;
};

type State = { scale: Scale; db: "pglite" | "postgres"; dataDir: string; url?: string; fixture: Fixture };

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(url.hostname))
    throw new Error("the benchmark only creates databases on a local PostgreSQL (127.0.0.1)");
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function openBench(options: {
  scale: Scale;
  db: "pglite" | "postgres";
  reuse?: string;
  log: (line: string) => void;
}): Promise<Opened> {
  const { log } = options;
  const reused: State | null = options.reuse ? JSON.parse(readFileSync(options.reuse, "utf8")) : null;
  if (reused && (reused.scale !== options.scale || reused.db !== options.db))
    throw new Error(`${options.reuse} holds ${reused.scale} on ${reused.db}`);
  const dataDir = reused?.dataDir ?? mkdtempSync(path.join(os.tmpdir(), `crm-bench-${options.scale}-`));
  let url = reused?.url;
  let dbName: string | undefined;
  if (options.db === "postgres" && !url) {
    dbName = `crm_bench_${options.scale}_${randomBytes(4).toString("hex")}`;
    url = databaseUrl(dbName);
    await adminQuery(`create database ${dbName}`);
    log(`  database ${dbName} on ${new URL(url).host}`);
  } else if (!reused) {
    log(`  PGlite data dir ${dataDir}`);
  }
  const bench = await openBenchDatabase(
    options.db === "postgres" && url ? { kind: "postgres", url } : { kind: "pglite", dataDir },
  );
  setDatabaseHandle(bench.handle);
  await runMigrations(bench.handle);
  let fixture: Fixture;
  if (reused) {
    fixture = reused.fixture;
    log(`  reusing the org seeded earlier (${options.reuse})`);
  } else {
    log(`seeding ${options.scale}…`);
    fixture = await createFixture(bench, options.scale, log);
  }
  const stateFile = path.join(dataDir, "bench-state.json");
  const state: State = { scale: options.scale, db: options.db, dataDir, url, fixture };
  writeFileSync(stateFile, JSON.stringify(state));
  return {
    bench,
    fixture,
    stateFile,
    serverEnv: {
      DATA_DIR: dataDir,
      DATABASE_URL: options.db === "postgres" && url ? url : "",
      AUTH_SECRET: randomBytes(32).toString("hex"),
    },
    async dispose() {
      if (options.db === "postgres" && url) {
        const name = new URL(url).pathname.slice(1);
        if (/^crm_bench_[a-z0-9_]+$/.test(name))
          await adminQuery(`drop database if exists ${name} with (force)`);
      }
      if (existsSync(dataDir) && path.basename(dataDir).startsWith("crm-bench-"))
        rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
