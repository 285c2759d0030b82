import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { verifyPassword } from "better-auth/crypto";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client";
import { acquireDataDirLock } from "../db/data-dir-lock";
import { hashApiKey } from "../modules/api-keys/key-format";

// The CLI as a user runs it: a separate process on the embedded database in a data directory.
const run = promisify(execFile);
const dataDir = mkdtempSync(path.join(tmpdir(), "crm-cli-"));
const cli = (args: string[]) =>
  run(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "main.ts"), ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "silent" },
    timeout: 60_000,
  });

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// About the embedded database only: runs in the PGlite project only (vitest.config.ts).
describe("crm CLI", () => {
  it("org:create then apikey:create print JSON, and the key is stored only as its hash", async () => {
    const created = await cli([
      "org:create",
      "--name",
      "Cli Org",
      "--email",
      "cli@example.test",
      "--password",
      "cli-password-1",
    ]);
    const { orgId, userId } = JSON.parse(created.stdout) as { orgId: string; userId: string };
    expect(orgId).toMatch(/^[0-9a-f-]{36}$/);
    expect(userId).toMatch(/^[0-9a-f-]{36}$/);

    // The id the other commands take was shown nowhere: org:list prints it.
    const listed = JSON.parse((await cli(["org:list"])).stdout) as {
      id: string;
      slug: string;
      name: string;
    }[];
    expect(listed).toContainEqual({ id: orgId, slug: expect.stringMatching(/^cli-org-/), name: "Cli Org" });

    const keyOut = await cli(["apikey:create", "--org", orgId, "--role", "manager", "--name", "ci"]);
    const { key } = JSON.parse(keyOut.stdout) as { key: string };
    expect(key).toMatch(/^crm_/);

    const handle = await openDatabase({ kind: "pglite", dataDir });
    try {
      const { rows } = await handle.executeSql("select org_id, role, key_hash from api_keys", []);
      expect(rows).toEqual([{ org_id: orgId, role: "manager", key_hash: hashApiKey(key) }]);
    } finally {
      await handle.close();
    }
  }, 120_000);

  it("user:reset-password sets a new password (the way back in while reset links reach only the log)", async () => {
    const email = "reset-me@example.test";
    const created = await cli([
      "org:create",
      "--name",
      "Reset Org",
      "--email",
      email,
      "--password",
      "old-password-1",
    ]);
    const { userId } = JSON.parse(created.stdout) as { userId: string };

    const out = await cli([
      "user:reset-password",
      "--email",
      "Reset-Me@Example.test",
      "--password",
      "new-password-2",
    ]);
    expect(JSON.parse(out.stdout)).toMatchObject({ userId, email, sessionsRevoked: 0 });

    const handle = await openDatabase({ kind: "pglite", dataDir });
    try {
      const { rows } = await handle.executeSql(
        "select password from accounts where user_id = $1 and provider_id = 'credential'",
        [userId],
      );
      expect(rows).toHaveLength(1);
      const hash = String(rows[0]?.password ?? "");
      expect(await verifyPassword({ hash, password: "new-password-2" })).toBe(true);
      expect(await verifyPassword({ hash, password: "old-password-1" })).toBe(false);
    } finally {
      await handle.close();
    }

    const unknown = await cli([
      "user:reset-password",
      "--email",
      "nobody@example.test",
      "--password",
      "x-password-3",
    ]).catch((error: { code: number; stderr: string }) => error);
    expect("code" in unknown && unknown.code).toBe(1);
    expect("stderr" in unknown && unknown.stderr).toMatch(/No user with the email nobody@example.test/);
  }, 120_000);

  it("rejects bad input with a message and a non-zero exit code", async () => {
    const failure = await cli([
      "apikey:create",
      "--org",
      "not-a-uuid",
      "--role",
      "boss",
      "--name",
      "x",
    ]).catch((error: { code: number; stderr: string }) => error);
    expect("code" in failure && failure.code).toBe(1);
    expect("stderr" in failure && failure.stderr).toMatch(/Invalid input/);
  }, 60_000);

  it("refuses to open the embedded database while another process holds it", async () => {
    const release = acquireDataDirLock(dataDir);
    try {
      const failure = await cli(["db:migrate"]).catch((error: { code: number; stderr: string }) => error);
      expect("code" in failure && failure.code).toBe(1);
      expect("stderr" in failure && failure.stderr).toMatch(/is in use by (this|another) process/);
    } finally {
      release();
    }
  }, 60_000);
});
