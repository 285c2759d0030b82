import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { LocalDiskStorage } from "./local-disk-storage";

const base = mkdtempSync(path.join(tmpdir(), "crm-storage-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
const newStore = () => new LocalDiskStorage(path.join(base, `store-${++n}`));

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

/** Walks a directory: every file below it, relative. */
const filesBelow = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
        .sort()
    : [];

describe("LocalDiskStorage", () => {
  it("puts, gets, checks and deletes an object by key", async () => {
    const store = newStore();
    const key = "imports/org-1/imp-1/source.csv";
    await expect(store.exists(key)).resolves.toBe(false);
    await expect(store.put(key, Readable.from(["name,email\n", "Ada,ada@example.test\n"]))).resolves.toEqual({
      size: 32,
    });
    await expect(store.exists(key)).resolves.toBe(true);
    await expect(text(await store.get(key))).resolves.toBe("name,email\nAda,ada@example.test\n");
    expect(readFileSync(path.join(store.root, key), "utf8")).toContain("Ada");

    await store.put(key, Readable.from(["replaced"]));
    await expect(text(await store.get(key))).resolves.toBe("replaced");

    await store.delete(key);
    await store.delete(key); // a missing object is no error
    await expect(store.exists(key)).resolves.toBe(false);
    await expect(failure(store.get(key))).resolves.toBe("not_found");
    await expect(failure(store.localCopy(key))).resolves.toBe("not_found");
  });

  it("stores nothing when the stream fails, and keeps the previous object whole", async () => {
    const store = newStore();
    await store.put("a/b.txt", Readable.from(["first"]));
    const broken = Readable.from(
      (async function* () {
        yield "partial data";
        throw new Error("client went away");
      })(),
    );
    await expect(store.put("a/b.txt", broken)).rejects.toThrow(/went away/);
    await expect(text(await store.get("a/b.txt"))).resolves.toBe("first");
    expect(filesBelow(store.root)).toEqual(["a/b.txt"]);
  });

  it("moves a local file in, and deletes every object under a prefix", async () => {
    const store = newStore();
    const spooled = path.join(base, `spool-${n}`);
    writeFileSync(spooled, "spooled bytes");
    await expect(store.putFile("imports/o/1/source.xlsx", spooled)).resolves.toEqual({ size: 13 });
    expect(existsSync(spooled)).toBe(false);
    await store.put("imports/o/1/other.csv", Readable.from(["x"]));
    await store.put("imports/o/2/source.csv", Readable.from(["y"]));

    const copy = await store.localCopy("imports/o/1/source.xlsx");
    expect(readFileSync(copy.path, "utf8")).toBe("spooled bytes");
    await copy.release();

    await store.deletePrefix("imports/o/1/");
    expect(filesBelow(store.root)).toEqual(["imports/o/2/source.csv"]);
    await expect(failure(store.deletePrefix("imports/o"))).resolves.toBe("bad_request");
  });

  it("refuses keys that could leave the store", async () => {
    const store = newStore();
    const outside = path.join(base, "outside.txt");
    writeFileSync(outside, "secret");
    const bad = [
      "../outside.txt",
      `../${path.basename(base)}/outside.txt`,
      "a/../../outside.txt",
      "a/./b",
      "/etc/passwd",
      "a//b",
      "a\\..\\b",
      ".hidden",
      "a/.auth-secret",
      "",
      "a/b\u0000c",
      "%2e%2e/x",
      "x".repeat(600),
    ];
    for (const key of bad) {
      await expect(failure(store.put(key, Readable.from(["pwned"]))), key).resolves.toBe("bad_request");
      await expect(failure(store.get(key)), key).resolves.toBe("bad_request");
      await expect(failure(store.exists(key)), key).resolves.toBe("bad_request");
      await expect(failure(store.delete(key)), key).resolves.toBe("bad_request");
    }
    await expect(failure(store.deletePrefix("../"))).resolves.toBe("bad_request");
    expect(readFileSync(outside, "utf8")).toBe("secret");
    expect(filesBelow(store.root)).toEqual([]);
  });

  it("accepts keys of safe segments only", async () => {
    const store = newStore();
    await store.put("mail/2026-01/msg_01.part-2.eml", Readable.from(["ok"]));
    expect(filesBelow(store.root)).toEqual(["mail/2026-01/msg_01.part-2.eml"]);
  });
});
