// `npm run bench -- --scale 1k|100k|1m [--db pglite|postgres] [--json FILE]`: seeds a fresh org,
// times each read's SQL directly on the database, then builds and starts the production server and
// measures the same operations over HTTP with a real API key; prints latencies, throughput, the
// app's overhead over raw SQL and the budgets. Exit code 1 when a budget fails (or any request did).
// Then the concurrency mode: N clients send a mix of reads for a fixed time (`--concurrency 8,32`
// or `--clients 8`, `--duration S`); `--mix-only` runs only that, `--profile DIR` writes the
// server's CPU profile there (`tsx scripts/bench/profile-summary.ts FILE` reads it).
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { HttpClientInput, HttpClientOutput, MixPlan } from "./http-client";
import type { MixResult } from "./load";
import { type Counts, measureSql } from "./load";
import { type Opened, openBench } from "./open";
import { buildOperations } from "./operations";
import { buildIfNeeded, root, startServer } from "./server";
import { SCALES, type Scale } from "./setup";
import { budgetsFor, type OpResult, printReport } from "./stats";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "100k" },
    db: { type: "string" },
    json: { type: "string" },
    port: { type: "string", default: "3917" },
    smoke: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    reuse: { type: "string" },
    adopt: { type: "string" },
    "reuse-build": { type: "boolean", default: false },
    clients: { type: "string" },
    concurrency: { type: "string" },
    duration: { type: "string" },
    warmup: { type: "string" },
    "mix-only": { type: "boolean", default: false },
    profile: { type: "string" },
    "accept-encoding": { type: "string" },
  },
});
const scale = values.scale as Scale;
if (!(scale in SCALES)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(", ")}`);
const db = (values.db ?? (scale === "1m" ? "postgres" : "pglite")) as "pglite" | "postgres";
if (!["pglite", "postgres"].includes(db)) throw new Error("--db must be pglite or postgres");
const counts: Counts = values.smoke
  ? { warmupSeconds: 0, warmup: 2, samples: 10, throughputOps: 8, concurrency: 2 }
  : { warmupSeconds: 60, warmup: 20, samples: 150, throughputOps: 100, concurrency: 4 };
if (values.warmup !== undefined) counts.warmupSeconds = positive("--warmup", values.warmup, true);
const mixOnly = values["mix-only"];
// The smoke run (part of `npm test`) sends the mix for two seconds at the budget's 8 clients.
const mix: MixPlan = {
  levels: (values.concurrency ?? values.clients ?? (values.smoke ? "8" : "8,32"))
    .split(",")
    .map((v) => positive("--concurrency", v)),
  seconds: values.duration ? positive("--duration", values.duration) : values.smoke ? 2 : 20,
};

function positive(flag: string, value: string, zero = false): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (zero ? 0 : 1))
    throw new Error(`${flag} takes whole numbers, not ${value}`);
  return n;
}
const log = (line: string) => process.stdout.write(`${line}\n`);

/** Runs http-client.ts in a fresh Node process (through tsx, like this script) and returns its answer. */
function runHttpClient(input: HttpClientInput): Promise<HttpClientOutput> {
  const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
  const child = spawn(
    process.execPath,
    [tsx, path.join(import.meta.dirname, "http-client.ts"), JSON.stringify(input)],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let out = "";
  child.stdout.on("data", (d) => {
    out += String(d);
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").pop() ?? "{}"))
        : reject(new Error(`HTTP client exited with ${code}`)),
    );
  });
}

async function main(): Promise<number> {
  const started = Date.now();
  log(
    `crm bench: scale ${scale}, ${db}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
  );
  buildIfNeeded(log, { reuse: values["reuse-build"] });
  const opened: Opened = await openBench({ scale, db, reuse: values.reuse, adopt: values.adopt, log });
  const { bench, fixture } = opened;
  const operations = await buildOperations(fixture);
  const results: OpResult[] = operations.map((op) => ({
    name: op.name,
    kind: op.kind,
    group: op.group,
    note: op.note,
    skipped: op.skipped,
  }));

  if (!mixOnly) log("timing each read's SQL directly on the database…");
  for (const [i, op] of operations.entries()) {
    if (mixOnly || op.skipped || op.kind !== "read") continue;
    const sqlStats = await measureSql(bench, op, counts);
    const result = results[i];
    if (result && sqlStats) result.sql = sqlStats;
  }
  await bench.handle.close();

  const server = await startServer({
    port: Number(values.port),
    env: opened.serverEnv,
    log,
    logFile: `${opened.serverEnv.DATA_DIR}/server.log`,
    nodeArgs: values.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(values.profile)}`] : [],
  });
  let maxRss = server.rssMiB();
  const sampler = setInterval(() => {
    maxRss = Math.max(maxRss, server.rssMiB());
  }, 250);
  let failedRequests = 0;
  let mixed: MixResult[] = [];
  try {
    log(`measuring over HTTP from a separate process (${counts.warmupSeconds} s of warm-up first)…`);
    const measured = await runHttpClient({
      url: server.url,
      apiKey: fixture.apiKey,
      fixture,
      counts,
      mix,
      mixOnly,
      serverPid: server.process.pid,
      database: opened.serverEnv.DATABASE_URL
        ? new URL(opened.serverEnv.DATABASE_URL).pathname.slice(1)
        : undefined,
      acceptEncoding: values["accept-encoding"],
    });
    mixed = measured.mix;
    for (const m of mixed)
      if (m.errors > 0) {
        failedRequests += m.errors;
        log(
          `  mixed reads, ${m.clients} clients: ${m.errors} failed requests (last ${m.lastStatuses.join(", ")})`,
        );
      }
    for (const [i, http] of measured.results.entries()) {
      const result = results[i];
      const op = operations[i];
      if (!http || !result || !op) continue;
      result.http = http;
      if (result.sql) result.overhead = http.p50 / Math.max(0.01, result.sql.p50);
      if (http.errors > 0) {
        failedRequests += http.errors;
        log(`  ${op.name}: ${http.errors} failed requests (last statuses ${http.lastStatuses.join(", ")})`);
      }
    }
  } finally {
    clearInterval(sampler);
    maxRss = Math.max(maxRss, server.rssMiB());
    await server.stop();
  }

  const budgets = budgetsFor(scale, db, results, maxRss, mixed);
  printReport(results, budgets, log, mixed);
  const failed = budgets.filter((b) => !b.pass).length;
  log(
    `\n${budgets.length - failed} budgets passed, ${failed} failed; ${failedRequests} failed requests; ${Math.round((Date.now() - started) / 1000)} s`,
  );
  if (values.json) {
    writeFileSync(
      values.json,
      JSON.stringify(
        {
          scale,
          db,
          machine: {
            cores: os.cpus().length,
            cpu: os.cpus()[0]?.model,
            memGiB: Math.round(os.totalmem() / 2 ** 30),
            node: process.version,
          },
          at: new Date().toISOString(),
          maxRssMiB: Math.round(maxRss),
          results,
          mix: mixed,
          budgets,
        },
        null,
        2,
      ),
    );
  }
  if (values.keep) log(`kept: --reuse ${opened.stateFile}`);
  else await opened.dispose();
  if (failedRequests > 0) return 1;
  return values.smoke ? 0 : failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
