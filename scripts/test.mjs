#!/usr/bin/env node
// `npm test`: every suite in one Vitest run — unit, integration on PGlite (and on PostgreSQL when
// TEST_DATABASE_URL is set) and the browser journeys — then one summary line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const report = path.join(mkdtempSync(path.join(tmpdir(), "crm-test-")), "vitest.json");
const args = [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
];
const result = spawnSync(process.execPath, [path.join(root, "node_modules/vitest/vitest.mjs"), ...args], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, "utf8"));
  passed = json.numPassedTests ?? 0;
  failed = (json.numFailedTests ?? 0) + (json.numRuntimeErrorTestSuites ?? 0);
}
if (result.status !== 0 && failed === 0) failed = 1;

// A smoke run of the benchmark (scale 1k, few requests) so `npm run bench` cannot rot; budgets are
// printed, only failed requests or a crash fail it. Skipped when test files were named.
let benchStatus = 0;
if (process.argv.length <= 2 && process.env.CRM_SKIP_BENCH_SMOKE !== "1") {
  const bench = spawnSync(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/bench/main.ts", "--scale", "1k", "--smoke"],
    // It serves the build the browser journeys just used instead of building a second one.
    {
      cwd: root,
      stdio: "inherit",
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        BENCH_DIST_DIR: process.env.NEXT_DIST_DIR || ".next",
      },
    },
  );
  benchStatus = bench.status ?? 1;
  if (benchStatus === 0) passed++;
  else failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit((result.status ?? 1) || benchStatus);
