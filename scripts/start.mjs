#!/usr/bin/env node
// `npm start`: builds the web app on first run (or after the sources changed), then serves it on
// http://localhost:3000. The server itself opens the database, applies migrations and starts jobs.
import { spawn } from "node:child_process";
import { buildIfNeeded, nextBin, serverNodeArgs, web } from "./build-web.mjs";

try {
  buildIfNeeded();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const port = process.env.PORT ?? "3000";
console.log(`Starting the CRM on http://localhost:${port}`);
const server = spawn(process.execPath, [...serverNodeArgs, nextBin, "start", "--port", port], {
  cwd: web,
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
