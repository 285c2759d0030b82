import { existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFingerprint, web } from "./build-web.mjs";

// `npm start` rebuilt the app after any other build (the benchmark's included) because `next build`
// rewrites apps/web/next-env.d.ts and the check compared modification times; each rebuild then
// raced the server for the embedded database.
describe("the web build's source fingerprint", () => {
  it("ignores next-env.d.ts, which every build rewrites", () => {
    const file = path.join(web, "next-env.d.ts");
    const before = existsSync(file) ? readFileSync(file, "utf8") : null;
    const fingerprint = sourceFingerprint();
    try {
      writeFileSync(file, `${before ?? ""}\n// rewritten by another build ${Date.now()}\n`);
      expect(sourceFingerprint()).toBe(fingerprint);
    } finally {
      if (before === null) rmSync(file, { force: true });
      else writeFileSync(file, before);
    }
  });

  it("follows contents, not modification times", () => {
    const file = path.join(web, "app/page.tsx");
    const { atime, mtime } = statSync(file);
    const fingerprint = sourceFingerprint();
    try {
      utimesSync(file, new Date(), new Date(Date.now() + 60_000));
      expect(sourceFingerprint()).toBe(fingerprint);
    } finally {
      utimesSync(file, atime, mtime);
    }
  });

  it("changes when a source file's content changes", () => {
    const file = path.join(web, "lib/cn.ts");
    const before = readFileSync(file, "utf8");
    const fingerprint = sourceFingerprint();
    try {
      writeFileSync(file, `${before}\n`);
      expect(sourceFingerprint()).not.toBe(fingerprint);
    } finally {
      writeFileSync(file, before);
    }
    expect(sourceFingerprint()).toBe(fingerprint);
  });
});
