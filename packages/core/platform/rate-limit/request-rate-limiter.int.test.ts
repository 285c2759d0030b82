import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/test-database";
import { RequestRateLimiter } from "./request-rate-limiter";
import { rateLimits } from "./tables";

const db = useTestDatabase();
const uniqueKey = (name: string) => `test:${name}:${randomBytes(4).toString("hex")}`;
// A fixed instant in the middle of a minute window.
const at = Date.UTC(2026, 10, 22, 10, 0, 30);

async function storedCount(key: string) {
  const [row] = await db.handle.db.select().from(rateLimits).where(eq(rateLimits.key, key));
  return row?.count;
}

describe("RequestRateLimiter", () => {
  it("counts hits in memory and blocks once over the limit", () => {
    const limiter = new RequestRateLimiter(async () => db.handle.db);
    const params = { key: uniqueKey("count"), limit: 3, windowSeconds: 60 };
    const results = Array.from({ length: 5 }, () => limiter.consume(params, at));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0, 0]);
    expect(results[0]?.resetSeconds).toBe(30);
  });

  it("starts a new window at the next window boundary", () => {
    const limiter = new RequestRateLimiter(async () => db.handle.db);
    const params = { key: uniqueKey("window"), limit: 1, windowSeconds: 60 };
    expect(limiter.consume(params, at).allowed).toBe(true);
    expect(limiter.consume(params, at + 29_000).allowed).toBe(false);
    expect(limiter.consume(params, at + 30_000)).toMatchObject({ allowed: true, resetSeconds: 60 });
  });

  it("adds its hits to the shared row and sees what other processes counted", async () => {
    const now = Date.now();
    const first = new RequestRateLimiter(async () => db.handle.db);
    const second = new RequestRateLimiter(async () => db.handle.db);
    const params = { key: uniqueKey("shared"), limit: 5, windowSeconds: 3600 };
    for (let i = 0; i < 3; i++) first.consume(params, now);
    await first.sync(now);
    expect(await storedCount(params.key)).toBe(3);

    second.consume(params, now);
    await second.sync(now);
    expect(await storedCount(params.key)).toBe(4);
    // The second process now knows of the first one's three hits.
    expect(second.consume(params, now)).toMatchObject({ allowed: true, remaining: 0 });
    expect(second.consume(params, now).allowed).toBe(false);

    await second.sync(now);
    expect(await storedCount(params.key)).toBe(6);
    // Until its next sync the first process is one interval behind: its fourth hit passes.
    expect(first.consume(params, now).allowed).toBe(true);
    await first.sync(now);
    expect(await storedCount(params.key)).toBe(7);
    expect(first.consume(params, now).allowed).toBe(false);
  });

  it("replaces the count of an ended window in the shared row", async () => {
    const limiter = new RequestRateLimiter(async () => db.handle.db);
    const key = uniqueKey("rollover");
    const now = Date.now();
    limiter.consume({ key, limit: 10, windowSeconds: 1 }, now - 5_000);
    await limiter.sync(now - 5_000);
    limiter.consume({ key, limit: 10, windowSeconds: 1 }, now);
    await limiter.sync(now);
    expect(await storedCount(key)).toBe(1);
  });
});
