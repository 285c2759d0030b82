import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { getAuth } from "../auth/auth";
import { env } from "../env";
import { consumeRateLimit } from "./rate-limit";
import { rateLimits } from "./tables";

const db = useTestDatabase();
const uniqueKey = (name: string) => `test:${name}:${randomBytes(4).toString("hex")}`;

async function row(key: string) {
  const [found] = await db.handle.db.select().from(rateLimits).where(eq(rateLimits.key, key));
  return found;
}

describe("consumeRateLimit", () => {
  it("counts hits and blocks once over the limit", async () => {
    const key = uniqueKey("count");
    const params = { key, limit: 3, windowSeconds: 60 };
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await consumeRateLimit(db.handle.db, params));

    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0, 0]);
    for (const r of results) {
      expect(r.limit).toBe(3);
      expect(r.resetSeconds).toBeGreaterThan(0);
      expect(r.resetSeconds).toBeLessThanOrEqual(60);
    }
    expect((await row(key))?.count).toBe(5);
  });

  it("keeps separate keys apart", async () => {
    const a = uniqueKey("a");
    const b = uniqueKey("b");
    await consumeRateLimit(db.handle.db, { key: a, limit: 1, windowSeconds: 60 });
    expect((await consumeRateLimit(db.handle.db, { key: a, limit: 1, windowSeconds: 60 })).allowed).toBe(
      false,
    );
    expect((await consumeRateLimit(db.handle.db, { key: b, limit: 1, windowSeconds: 60 })).allowed).toBe(
      true,
    );
    expect((await row(a))?.count).toBe(2);
    expect((await row(b))?.count).toBe(1);
  });

  it("starts a new window once the old one has ended", async () => {
    const key = uniqueKey("window");
    const params = { key, limit: 2, windowSeconds: 60 };
    for (let i = 0; i < 3; i++) await consumeRateLimit(db.handle.db, params);
    expect((await consumeRateLimit(db.handle.db, params)).allowed).toBe(false);

    await db.handle.db
      .update(rateLimits)
      .set({ windowEndsAt: sql`now() - interval '1 second'` })
      .where(eq(rateLimits.key, key));
    const fresh = await consumeRateLimit(db.handle.db, params);
    expect(fresh).toMatchObject({ allowed: true, remaining: 1 });
    const after = await row(key);
    expect(after?.count).toBe(1);
    expect(after?.windowEndsAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
  });
});

describe("sign-in throttle (through better-auth)", () => {
  // The HTTP path the app serves: app/api/auth/[...all] hands every request to auth.handler.
  const signIn = async (email: string, password: string) => {
    const auth = await getAuth();
    return auth.handler(
      new Request(`${env.APP_URL}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: env.APP_URL },
        body: JSON.stringify({ email, password }),
      }),
    );
  };
  const json = async (res: Response) => (await res.json()) as { message?: string; code?: string };

  // Regression: the failed attempt that set the lock came back as 401 (better-auth keeps the endpoint's
  // status when an after hook throws), with the throttle message in a 401 body.
  it("answers 429 from the failure that locks the email, then even to the right password", async () => {
    const victim = await createTestOrg("Victim");
    const other = await createTestOrg("Other");
    const max = env.SIGNIN_MAX_ATTEMPTS; // 5 by default

    for (let i = 1; i < max; i++) {
      const res = await signIn(victim.email, `wrong-password-${i}`);
      expect(res.status, `attempt ${i}`).toBe(401);
      expect((await json(res)).code).toBe("INVALID_EMAIL_OR_PASSWORD");
    }
    const locking = await signIn(victim.email, "wrong-password-last");
    expect(locking.status).toBe(429);
    const body = await json(locking);
    expect(body.code).toBe("SIGN_IN_THROTTLED");
    expect(body.message).toMatch(/Try again in \d+ s/);
    const lockedUntil = (await row(`signin:${victim.email}`))?.lockedUntil;
    expect(lockedUntil?.getTime()).toBeGreaterThan(Date.now());

    // The lock is per email, whatever its case, and the right password does not get through.
    const right = await signIn(victim.email.toUpperCase(), victim.password);
    expect(right.status).toBe(429);
    expect(await json(right)).toMatchObject({
      code: "SIGN_IN_THROTTLED",
      message: expect.stringMatching(/Try again in \d+ s/),
    });
    expect(right.headers.get("set-cookie") ?? "").not.toMatch(/session_token=/);

    const unaffected = await signIn(other.email, other.password);
    expect(unaffected.status).toBe(200);
    expect(unaffected.headers.get("set-cookie") ?? "").toMatch(/session_token=/);
  });

  it("throws the same 429 to server-side auth.api callers", async () => {
    const user = await createTestOrg("Api");
    const auth = await getAuth();
    const attempt = (password: string) =>
      auth.api.signInEmail({ body: { email: user.email, password }, headers: new Headers() }).then(
        () => ({ statusCode: 200, code: undefined }),
        (e: { statusCode?: number; body?: { code?: string } }) => ({
          statusCode: e.statusCode,
          code: e.body?.code,
        }),
      );
    for (let i = 1; i < env.SIGNIN_MAX_ATTEMPTS; i++)
      expect((await attempt("wrong-wrong")).statusCode).toBe(401);
    expect(await attempt("wrong-wrong")).toEqual({ statusCode: 429, code: "SIGN_IN_THROTTLED" });
    expect(await attempt(user.password)).toEqual({ statusCode: 429, code: "SIGN_IN_THROTTLED" });
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const user = await createTestOrg("Forget");
    const max = env.SIGNIN_MAX_ATTEMPTS;
    for (let i = 1; i < max; i++) expect((await signIn(user.email, "nope-nope-nope")).status).toBe(401);
    expect((await row(`signin:${user.email}`))?.count).toBe(max - 1);
    expect((await signIn(user.email, user.password)).status).toBe(200);
    expect(await row(`signin:${user.email}`)).toBeUndefined();
    // A fresh budget: the same number of failures again is not yet a lock.
    for (let i = 1; i < max; i++) expect((await signIn(user.email, "nope-nope-nope")).status).toBe(401);
    expect((await signIn(user.email, user.password)).status).toBe(200);
  });
});
