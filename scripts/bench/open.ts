import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setDatabaseHandle } from "@crm/core/db/client";
import { runMigrations } from "@crm/core/db/migrate";
import { scanDuplicates } from "@crm/core/modules/duplicates/scan-duplicates";
import pg from "pg";
import { type BenchDatabase, openBenchDatabase } from "./database";
import { createFixture, type Fixture, loadFixture, type Scale } from "./setup";

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
  /** A database URL seeded earlier with `crm seed`: its biggest org is measured, nothing is dropped. */
  adopt?: string;
  log: (line: string) => void;
}): Promise<Opened> {
  const { log } = options;
  const reused: State | null = options.reuse ? JSON.parse(readFileSync(options.reuse, "utf8")) : null;
  if (reused && (reused.scale !== options.scale || reused.db !== options.db))
    throw new Error(`${options.reuse} holds ${reused.scale} on ${reused.db}`);
  const dataDir = reused?.dataDir ?? mkdtempSync(path.join(os.tmpdir(), `crm-bench-${options.scale}-`));
  let url = reused?.url ?? options.adopt;
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
  } else if (options.adopt) {
    fixture = await adoptFixture(bench);
    log(`  measuring org ${fixture.slug} of the existing database`);
  } else {
    log(`seeding ${options.scale}…`);
    fixture = await createFixture(bench, options.scale, log);
  }
  // The Duplicates page reads pairs a scan job stored; the job runs here, before the server starts,
  // so the page is measured as users see it once the scan is done (a reused org is only checked again).
  const scanStarted = Date.now();
  await scanDuplicates(fixture.orgId, "contacts");
  log(`  duplicate scan of the contacts: ${((Date.now() - scanStarted) / 1000).toFixed(1)} s`);
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
      if (options.db === "postgres" && url && !options.adopt) {
        const name = new URL(url).pathname.slice(1);
        if (/^crm_bench_[a-z0-9_]+$/.test(name))
          await adminQuery(`drop database if exists ${name} with (force)`);
      }
      if (existsSync(dataDir) && path.basename(dataDir).startsWith("crm-bench-"))
        rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function adoptFixture(bench: BenchDatabase): Promise<Fixture> {
  const { rows } = await bench.handle.executeSql(
    `select c.org_id, c.n, o.slug, m.user_id, u.email
       from (select org_id, count(*)::int as n from contacts group by org_id order by 2 desc limit 1) c
       join organizations o on o.id = c.org_id
       join members m on m.organization_id = c.org_id and m.role = 'admin'
       join users u on u.id = m.user_id
      order by m.created_at limit 1`,
  );
  const row = rows[0];
  if (!row) throw new Error("no seeded org in that database");
  return loadFixture(bench, {
    orgId: String(row.org_id),
    userId: String(row.user_id),
    slug: String(row.slug),
    adminEmail: String(row.email),
    password: process.env.BENCH_ADMIN_PASSWORD ?? "",
    total: Number(row.n),
  });
}
