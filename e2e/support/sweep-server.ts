import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { nextBin, root, serverNodeArgs, web } from "../../scripts/build-web.mjs";
import type { SweepSeed } from "./sweep-seed";

// The sweep's own production server (the build the journeys use) on its own fresh embedded
// database: its organizations, members and keys are made by the real services before it starts,
// so the sweep depends on no other spec and no other spec sees its records.

export type SweepServer = { baseURL: string; seed: SweepSeed; stop(): Promise<void> };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

export async function startSweepServer(): Promise<SweepServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "crm-sweep-"));
  // The sweep's requests fail on purpose; set SWEEP_LOG_LEVEL=error to see what the server logs.
  const logLevel = process.env.SWEEP_LOG_LEVEL ?? "fatal";
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: logLevel };
  const seeded = spawnSync(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "e2e/support/sweep-seed.ts"],
    {
      cwd: root,
      env: { ...env, NODE_ENV: "production" },
      encoding: "utf8",
    },
  );
  if (seeded.status !== 0) throw new Error(`seeding the sweep's database failed:\n${seeded.stderr}`);
  const seed = JSON.parse(seeded.stdout.trim().split("\n").pop() ?? "") as SweepSeed;

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(
    process.execPath,
    [...serverNodeArgs, nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: web,
      env: {
        ...env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        APP_URL: baseURL,
        PORT: String(port),
        // The sweep sends a few thousand requests a minute with one key.
        API_RATE_LIMIT_PER_MINUTE: "1000000",
      },
      stdio: ["ignore", logLevel === "fatal" ? "ignore" : "inherit", "inherit"],
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
      throw new Error(`the sweep's server exited with code ${server.exitCode}`);
    }
    const healthy = await fetch(`${baseURL}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error("the sweep's server did not become healthy within 60 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseURL, seed, stop };
}
