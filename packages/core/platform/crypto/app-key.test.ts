import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const dirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function loadWith(vars: Record<string, string>) {
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  vi.resetModules();
  return import("./app-key");
}

describe("the app's encryption key", () => {
  it("is generated into the data directory when ENCRYPTION_KEY is unset, kept (0600) and reused", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "crm-key-"));
    dirs.push(dataDir);
    const first = await loadWith({ DATA_DIR: dataDir, ENCRYPTION_KEY: "" });
    const sealed = first.sealSecret("imap password", "mailbox:1:imap");
    const file = path.join(dataDir, "encryption-key");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8")).toHaveLength(43);

    // A restart reads the same file and opens what the first process sealed.
    const second = await loadWith({ DATA_DIR: dataDir, ENCRYPTION_KEY: "" });
    expect(second.openSecret(sealed, "mailbox:1:imap")).toBe("imap password");
    expect(second.getEncryptionKey().id).toBe(first.getEncryptionKey().id);
  });

  it("uses ENCRYPTION_KEY when set; a value sealed with another key does not open", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "crm-key-"));
    dirs.push(dataDir);
    const generated = await loadWith({ DATA_DIR: dataDir, ENCRYPTION_KEY: "" });
    const sealed = generated.sealSecret("token");
    const configured = await loadWith({ DATA_DIR: dataDir, ENCRYPTION_KEY: randomBytes(32).toString("hex") });
    expect(configured.getEncryptionKey().id).not.toBe(generated.getEncryptionKey().id);
    expect(() => configured.openSecret(sealed)).toThrow(/not configured/);
  });

  it("refuses an ENCRYPTION_KEY that is not 32 bytes when the environment is read", async () => {
    await expect(loadWith({ ENCRYPTION_KEY: "not-a-key" })).rejects.toThrow(
      /ENCRYPTION_KEY: must be 32 bytes/,
    );
  });
});
