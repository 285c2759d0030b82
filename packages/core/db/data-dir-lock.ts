import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { AppError } from "../platform/errors";

// PGlite keeps its files in one directory and is not safe to open from two processes: the
// second opener must get a clear error instead of corrupting data.

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, "crm.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(lockPath, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockPath);
      if (holder && isAlive(holder.pid)) {
        throw new AppError(
          "conflict",
          `The embedded database in ${dataDir} is in use by ${holder.pid === process.pid ? "this" : "another"} process (pid ${holder.pid}). ` +
            "The embedded database serves one process at a time: stop that process first (a server, or " +
            "the CLI, which cannot run while a server uses the database), or set DATABASE_URL to use a PostgreSQL server.",
        );
      }
      // The holder died without cleaning up: the lock is stale.
      rmSync(lockPath, { force: true });
    }
  }
  throw new AppError("conflict", `Could not lock the embedded database in ${dataDir}.`);
}

/**
 * Like acquireDataDirLock, but while another live process holds the lock it waits up to `waitMs` for
 * that process to let go (a server restarted while the previous one still shuts down) before failing.
 */
export async function acquireDataDirLockWaiting(dataDir: string, waitMs: number): Promise<() => void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return acquireDataDirLock(dataDir);
    } catch (error) {
      const heldByOther =
        error instanceof AppError && error.code === "conflict" && !isHeldByThisProcess(dataDir);
      if (!heldByOther || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

const isHeldByThisProcess = (dataDir: string): boolean =>
  readHolder(path.join(dataDir, "crm.lock"))?.pid === process.pid;

function readHolder(lockPath: string): { pid: number } | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(lockPath, "utf8"));
    if (parsed && typeof parsed === "object" && "pid" in parsed && typeof parsed.pid === "number") {
      return { pid: parsed.pid };
    }
  } catch {
    // Unreadable or half-written lock file: treat as stale.
  }
  return null;
}
