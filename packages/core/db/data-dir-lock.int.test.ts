import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { AppError } from "../platform/errors";
import { openDatabase } from "./client";
import { acquireDataDirLock, acquireDataDirLockWaiting } from "./data-dir-lock";

// No shared test database here: each test opens the embedded database on a data dir of its own.
const root = mkdtempSync(path.join(tmpdir(), "crm-lock-test-"));
const lockModule = fileURLToPath(new URL("./data-dir-lock.ts", import.meta.url));
const children: ChildProcess[] = [];
let n = 0;
const newDataDir = () => path.join(root, `data-${n++}`);

afterEach(() => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Another process that takes the lock through the real code and keeps it until killed. */
async function holdLockInChild(dataDir: string): Promise<ChildProcess> {
  const script = path.join(root, `hold-${n++}.ts`);
  writeFileSync(
    script,
    `import { acquireDataDirLock } from ${JSON.stringify(lockModule)};
acquireDataDirLock(${JSON.stringify(dataDir)});
process.stdout.write("locked\\n");
setInterval(() => {}, 1000);
`,
  );
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: process.cwd(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child did not take the lock: ${stderr}`)), 20_000);
    child.stdout?.on("data", (chunk) => {
      if (String(chunk).includes("locked")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`child exited with ${code}: ${stderr}`));
    });
  });
  return child;
}

const errorOf = (fn: () => unknown): unknown => {
  try {
    fn();
    return null;
  } catch (e) {
    return e;
  }
};

// About the embedded database only: runs in the PGlite project only (vitest.config.ts).
describe("embedded database data-dir lock", () => {
  it("refuses a data dir held by another live process, naming its pid, and takes over once it died", async () => {
    const dataDir = newDataDir();
    const child = await holdLockInChild(dataDir);
    const lockFile = path.join(dataDir, "crm.lock");
    expect(JSON.parse(readFileSync(lockFile, "utf8"))).toMatchObject({ pid: child.pid });

    const error = errorOf(() => acquireDataDirLock(dataDir));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("conflict");
    expect((error as AppError).message).toContain(`in use by another process (pid ${child.pid})`);
    // Opening the database goes through the same lock.
    await expect(openDatabase({ kind: "pglite", dataDir })).rejects.toThrow(`pid ${child.pid}`);
    expect(JSON.parse(readFileSync(lockFile, "utf8"))).toMatchObject({ pid: child.pid });

    // SIGKILL: the holder gets no chance to remove its lock file, which is now stale.
    child.kill("SIGKILL");
    await once(child, "exit");
    expect(JSON.parse(readFileSync(lockFile, "utf8"))).toMatchObject({ pid: child.pid });

    const release = acquireDataDirLock(dataDir);
    expect(JSON.parse(readFileSync(lockFile, "utf8"))).toMatchObject({ pid: process.pid });
    release();
    expect(existsSync(lockFile)).toBe(false);
  }, 30_000);

  // The first `npm start` served 500 for good: its server found the lock of a build worker that
  // exited a moment later, and gave up at once.
  it("waits for a live holder that lets go, and gives up with its pid when it does not", async () => {
    const dataDir = newDataDir();
    const child = await holdLockInChild(dataDir);
    await expect(acquireDataDirLockWaiting(dataDir, 300)).rejects.toThrow(`pid ${child.pid}`);

    const waiting = acquireDataDirLockWaiting(dataDir, 20_000);
    setTimeout(() => child.kill("SIGTERM"), 500);
    const release = await waiting;
    expect(JSON.parse(readFileSync(path.join(dataDir, "crm.lock"), "utf8"))).toMatchObject({
      pid: process.pid,
    });
    release();
  }, 30_000);

  it("treats an unreadable lock file as stale", () => {
    const dataDir = newDataDir();
    const release = acquireDataDirLock(dataDir);
    release();
    writeFileSync(path.join(dataDir, "crm.lock"), "{half-writ");
    const again = acquireDataDirLock(dataDir);
    expect(JSON.parse(readFileSync(path.join(dataDir, "crm.lock"), "utf8"))).toMatchObject({
      pid: process.pid,
    });
    again();
  });

  it("refuses to open the same data dir twice in one process, and allows it again after close", async () => {
    const dataDir = newDataDir();
    const first = await openDatabase({ kind: "pglite", dataDir });
    try {
      const error = await openDatabase({ kind: "pglite", dataDir }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("conflict");
      expect((error as AppError).message).toContain(`in use by this process (pid ${process.pid})`);
      // The refused second open did not release the first one's lock.
      expect(existsSync(path.join(dataDir, "crm.lock"))).toBe(true);
      const { rows } = await first.executeSql("select 1 as one", []);
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await first.close();
    }
    expect(existsSync(path.join(dataDir, "crm.lock"))).toBe(false);
    const second = await openDatabase({ kind: "pglite", dataDir });
    await second.close();
  }, 30_000);
});
