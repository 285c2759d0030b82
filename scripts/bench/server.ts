import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded as buildWeb, needsBuild, nextBin, serverNodeArgs, web } from "../build-web.mjs";

// Builds the production server into its own dist dir and runs it; reads its memory from /proc.

export const root = path.resolve(import.meta.dirname, "../..");
export const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";

/** The production build in apps/web/<DIST_DIR>, built when a source is newer (`reuse`: whatever build exists). */
export function buildIfNeeded(log: (line: string) => void, options: { reuse?: boolean } = {}): void {
  if (!needsBuild(DIST_DIR) || (options.reuse && existsSync(path.join(web, DIST_DIR, "BUILD_ID")))) {
    log(`  using the production build in apps/web/${DIST_DIR}`);
    return;
  }
  log(`  building the production server into apps/web/${DIST_DIR} (a few minutes)…`);
  const started = Date.now();
  buildWeb({ ...process.env, CRM_SKIP_BUILD: "" }, DIST_DIR);
  log(`  built in ${Math.round((Date.now() - started) / 1000)} s`);
}

export type Server = { url: string; process: ChildProcess; stop(): Promise<void>; rssMiB(): number };

export async function startServer(options: {
  port: number;
  env: Record<string, string>;
  log: (line: string) => void;
  /** Where the server's own output goes (its errors explain failed requests). */
  logFile?: string;
  /** Node flags beside the production ones (`--cpu-prof`, …). */
  nodeArgs?: string[];
}): Promise<Server> {
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn(
    process.execPath,
    [...serverNodeArgs, ...(options.nodeArgs ?? []), nextBin, "start", "--port", String(options.port)],
    {
      cwd: web,
      env: {
        ...process.env,
        ...options.env,
        NEXT_DIST_DIR: DIST_DIR,
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: "production",
        APP_URL: url,
        PORT: String(options.port),
        LOG_LEVEL: "warn",
        // The benchmark sends thousands of requests a minute with one key.
        API_RATE_LIMIT_PER_MINUTE: "10000000",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const append = (d: unknown) => {
    output += String(d);
    if (options.logFile) appendFileSync(options.logFile, String(d));
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`server did not become healthy in 120 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  options.log(`  server up at ${url} (pid ${child.pid})${options.logFile ? `, log ${options.logFile}` : ""}`);
  return {
    url,
    process: child,
    rssMiB: () => (child.pid ? treeRssMiB(child.pid) : 0),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}

/** The pids of a process and its descendants, from /proc alone. */
function processTree(pid: number): number[] {
  const pids: number[] = [];
  const visit = (p: number) => {
    pids.push(p);
    try {
      for (const thread of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${thread}/children`, "utf8").trim();
        for (const child of children.split(" ").filter(Boolean)) visit(Number(child));
      }
    } catch {
      // gone meanwhile
    }
  };
  visit(pid);
  return pids;
}

/**
 * Resident memory of a process and its children, in MiB, from /proc alone: sampled four times a
 * second during the measurement, so it must not spawn processes (a `pgrep` per sample cost CPU on
 * the cores the server and the client share).
 */
function treeRssMiB(pid: number): number {
  let total = 0;
  for (const p of processTree(pid)) {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** Linux's USER_HZ: /proc reports CPU times in hundredths of a second on every common build. */
const TICK_MS = 10;

/**
 * CPU time (user + system, milliseconds) a process and its children have used so far, from /proc:
 * the difference over a run divided by its requests is the server's CPU per request, a figure far
 * steadier than latency on a machine other work shares.
 */
export function treeCpuMs(pid: number): number {
  let ticks = 0;
  for (const p of processTree(pid)) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      // Fields after the command name (which may hold spaces) start at its closing parenthesis.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return ticks * TICK_MS;
}

/**
 * CPU milliseconds the PostgreSQL backends serving `database` have used so far, by pid (from
 * /proc: their command line names the database). Backends that end between two readings are lost,
 * so compare readings of one run only, in which the pool keeps its connections.
 */
export function databaseCpuMs(database: string): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (!cmdline.startsWith("postgres: ") || !cmdline.includes(` ${database} `)) continue;
      byPid.set(Number(entry), treeCpuMs(Number(entry)));
    } catch {
      // gone meanwhile
    }
  }
  return byPid;
}
