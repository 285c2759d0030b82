import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { nextBin, root, serverNodeArgs, web } from "../../scripts/build-web.mjs";

/** The build the journeys serve, relative to apps/web; NEXT_DIST_DIR lets a run use its own. */
export const distDir = (): string => process.env.NEXT_DIST_DIR || ".next";

export type Server = { baseURL: string; stop(): Promise<void> };

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

export async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false; // not listening
  }
}

/**
 * Runs a script with tsx on the server's embedded database before the server opens it (one process
 * at a time holds it) and returns the last line it printed, parsed as JSON.
 */
export function seedDatabase<T>(dataDir: string, script: string): T {
  const seeded = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), script], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn" },
    encoding: "utf8",
  });
  if (seeded.status !== 0) throw new Error(`${script} failed:\n${seeded.stderr}`);
  return JSON.parse(seeded.stdout.trim().split("\n").pop() ?? "") as T;
}

/**
 * The production build served on `port` over a fresh embedded database (its own data directory,
 * removed on stop). `prepare` runs on the empty directory before the server starts.
 */
export async function startServer(options: {
  port: number;
  prepare?: (dataDir: string) => void;
}): Promise<Server> {
  const baseURL = `http://localhost:${options.port}`;
  // Another server on the port would answer the health check and the journeys would run against it.
  if (await answers(`${baseURL}/api/health`)) {
    throw new Error(
      `port ${options.port} is already in use: stop the other server before running the journeys`,
    );
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "crm-e2e-"));
  try {
    options.prepare?.(dataDir);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const server: ChildProcess = spawn(
    process.execPath,
    [...serverNodeArgs, nextBin, "start", "--port", String(options.port)],
    {
      cwd: web,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_DIST_DIR: distDir(),
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        APP_URL: baseURL,
        PORT: String(options.port),
        LOG_LEVEL: "warn",
        SIGNIN_LOCK_SECONDS: "60",
      },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) {
      await stop();
      throw new Error(`the server exited with code ${server.exitCode}`);
    }
    if (await answers(`${baseURL}/api/health`)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error("the server did not become healthy within 60 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseURL, stop };
}
