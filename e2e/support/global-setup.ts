import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildIfNeeded, nextBin, serverNodeArgs, web } from "../../scripts/build-web.mjs";
import { ensureChromium } from "../../scripts/ensure-chromium.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    chromium: string;
  }
}

const PORT = 3100;

/** Builds the app if needed and serves it on a fresh embedded database for the journeys. */
export default async function setup(project: TestProject) {
  const chromium: string = ensureChromium();
  buildIfNeeded();
  const baseURL = `http://localhost:${PORT}`;
  // Another server on the port would answer the health check and the journeys would run against it.
  if (await answers(`${baseURL}/api/health`)) {
    throw new Error(`port ${PORT} is already in use: stop the other server before running the journeys`);
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "crm-e2e-"));
  const server: ChildProcess = spawn(
    process.execPath,
    [...serverNodeArgs, nextBin, "start", "--port", String(PORT)],
    {
      cwd: web,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        APP_URL: baseURL,
        PORT: String(PORT),
        LOG_LEVEL: "warn",
        SIGNIN_LOCK_SECONDS: "60",
      },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    if (await answers(`${baseURL}/api/health`)) break;
    if (Date.now() > deadline) {
      server.kill("SIGTERM");
      throw new Error("the server did not become healthy within 60 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  project.provide("baseURL", baseURL);
  project.provide("chromium", chromium);
  return async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false; // not listening
  }
}
