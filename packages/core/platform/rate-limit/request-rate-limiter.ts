import { sql } from "drizzle-orm";
import { type DbOrTx, getDb } from "../../db/client";
import { logger } from "../logger";
import type { RateLimitResult } from "./rate-limit";
import { rateLimits } from "./tables";

type Window = {
  /** End of the fixed window this entry counts, in epoch ms (windows are aligned to the clock). */
  endsAt: number;
  /** Hits taken by this process in the window. */
  local: number;
  /** Hits of this process not yet added to the shared row. */
  pending: number;
  /** Hits other processes had written to the shared row at the last sync. */
  others: number;
};

/**
 * Per-request rate limit without a database write per request: hits are counted in memory and
 * added to the shared `rate_limits` row once a second, which also brings back what other
 * processes counted. Within one process the limit is exact; across several web processes on one
 * PostgreSQL it may let through at most one sync interval of extra hits per process. Sign-in
 * throttling stays on the exact, per-attempt `consumeRateLimit`.
 */
export class RequestRateLimiter {
  private readonly windows = new Map<string, Window>();
  private timer: NodeJS.Timeout | null = null;
  private syncing: Promise<void> | null = null;

  constructor(
    private readonly database: () => Promise<DbOrTx>,
    private readonly syncIntervalMs = 1000,
  ) {}

  consume(params: { key: string; limit: number; windowSeconds: number }, now = Date.now()): RateLimitResult {
    const windowMs = params.windowSeconds * 1000;
    const endsAt = Math.floor(now / windowMs) * windowMs + windowMs;
    let window = this.windows.get(params.key);
    if (!window || window.endsAt !== endsAt) {
      window = { endsAt, local: 0, pending: 0, others: 0 };
      this.windows.set(params.key, window);
    }
    window.local += 1;
    window.pending += 1;
    this.scheduleSync();
    const count = window.local + window.others;
    return {
      allowed: count <= params.limit,
      limit: params.limit,
      remaining: Math.max(0, params.limit - count),
      resetSeconds: Math.max(1, Math.ceil((endsAt - now) / 1000)),
    };
  }

  /** Adds the pending hits to the shared rows and reads back the other processes' counts. */
  async sync(now = Date.now()): Promise<void> {
    if (this.syncing) return this.syncing;
    this.syncing = this.write(now).finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  private async write(now: number): Promise<void> {
    const db = await this.database();
    for (const [key, window] of this.windows) {
      if (window.endsAt <= now) {
        this.windows.delete(key);
        continue;
      }
      if (window.pending === 0) continue;
      const pending = window.pending;
      window.pending = 0;
      const endsAt = new Date(window.endsAt);
      const [row] = await db
        .insert(rateLimits)
        .values({ key, count: pending, windowEndsAt: endsAt })
        .onConflictDoUpdate({
          target: rateLimits.key,
          set: {
            count: sql`case when ${rateLimits.windowEndsAt} = excluded.window_ends_at then ${rateLimits.count} + excluded.count else excluded.count end`,
            windowEndsAt: sql`excluded.window_ends_at`,
          },
        })
        .returning({ count: rateLimits.count });
      const written = window.local - window.pending;
      window.others = Math.max(0, (row?.count ?? written) - written);
    }
  }

  private scheduleSync() {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.sync().catch((error: unknown) => logger.warn({ err: error }, "rate limit sync failed"));
    }, this.syncIntervalMs);
    this.timer.unref();
  }
}

// One limiter per process (Next.js may load this module more than once).
const KEY = Symbol.for("crm.requestRateLimiter");
type Holder = { [KEY]?: RequestRateLimiter };

/** The limiter of the API routes, syncing to the process database. */
export function getRequestRateLimiter(): RequestRateLimiter {
  const holder = globalThis as Holder;
  holder[KEY] ??= new RequestRateLimiter(getDb);
  return holder[KEY];
}
