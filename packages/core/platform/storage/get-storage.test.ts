import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { text } from "node:stream/consumers";
import { afterEach, describe, expect, it, vi } from "vitest";

const dirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("getStorage", () => {
  it("keeps files under DATA_DIR/files, moving the old DATA_DIR/imports uploads in under the same keys", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "crm-files-"));
    dirs.push(dataDir);
    mkdirSync(path.join(dataDir, "imports", "org", "imp"), { recursive: true });
    writeFileSync(path.join(dataDir, "imports", "org", "imp", "source.csv"), "name\nAda\n");
    vi.stubEnv("DATA_DIR", dataDir);
    vi.resetModules();
    const { getStorage } = await import("./get-storage");

    const storage = getStorage();
    await expect(text(await storage.get("imports/org/imp/source.csv"))).resolves.toBe("name\nAda\n");
    expect(existsSync(path.join(dataDir, "files", "imports", "org", "imp", "source.csv"))).toBe(true);
    expect(existsSync(path.join(dataDir, "imports"))).toBe(false);
    // The data dir's own files (database, secrets) are not keys of the store.
    await expect(storage.exists("auth-secret")).resolves.toBe(false);
  });
});
