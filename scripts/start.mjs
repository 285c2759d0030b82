#!/usr/bin/env node
// `npm start`: builds the web app on first run (or after the sources changed), then serves it on
// http://localhost:3000. The server itself opens the database, applies migrations and starts jobs.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const web = path.join(root, "apps/web");
const buildId = path.join(web, ".next/BUILD_ID");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

/** Newest modification time under the source folders, to rebuild after a `git pull`. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === ".next" || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ["apps/web", "packages/core"]) walk(path.join(root, dir));
  return newest;
}

const needsBuild =
  process.env.CRM_SKIP_BUILD !== "1" && (!existsSync(buildId) || statSync(buildId).mtimeMs < newestSource());

if (needsBuild) {
  console.log(existsSync(buildId) ? "Sources changed: rebuilding the web app…" : "First start: building the web app (a few minutes)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: web, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = process.env.PORT ?? "3000";
console.log(`Starting the CRM on http://localhost:${port} (build ${readFileSync(buildId, "utf8").trim()})`);
const server = spawn(process.execPath, [nextBin, "start", "--port", port], { cwd: web, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
