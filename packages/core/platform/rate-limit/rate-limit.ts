import { and, eq, gt, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { rateLimits } from "./tables";

export type RateLimitResult = { allowed: boolean; limit: number; remaining: number; resetSeconds: number };

/** Counts one hit against `key` in a fixed window; atomic across processes. */
export async function consumeRateLimit(
  db: DbOrTx,
  params: { key: string; limit: number; windowSeconds: number },
): Promise<RateLimitResult> {
  const [row] = await db
    .insert(rateLimits)
    .values({
      key: params.key,
      count: 1,
      windowEndsAt: sql`now() + make_interval(secs => ${params.windowSeconds})`,
    })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowEndsAt} <= now() then 1 else ${rateLimits.count} + 1 end`,
        windowEndsAt: sql`case when ${rateLimits.windowEndsAt} <= now() then excluded.window_ends_at else ${rateLimits.windowEndsAt} end`,
      },
    })
    .returning({
      count: rateLimits.count,
      resetSeconds: sql<number>`greatest(0, ceil(extract(epoch from ${rateLimits.windowEndsAt} - now())))::int`,
    });
  const count = row?.count ?? 1;
  return {
    allowed: count <= params.limit,
    limit: params.limit,
    remaining: Math.max(0, params.limit - count),
    resetSeconds: row?.resetSeconds ?? params.windowSeconds,
  };
}

/** Seconds until `key` is unlocked, or 0 when it is not locked. */
export async function getLockSeconds(db: DbOrTx, key: string): Promise<number> {
  const [row] = await db
    .select({ seconds: sql<number>`ceil(extract(epoch from ${rateLimits.lockedUntil} - now()))::int` })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), gt(rateLimits.lockedUntil, sql`now()`)));
  return row?.seconds ?? 0;
}

export async function lockKey(db: DbOrTx, key: string, seconds: number): Promise<void> {
  await db
    .update(rateLimits)
    .set({ lockedUntil: sql`now() + make_interval(secs => ${seconds})`, count: 0 })
    .where(eq(rateLimits.key, key));
}

export async function clearKey(db: DbOrTx, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}
