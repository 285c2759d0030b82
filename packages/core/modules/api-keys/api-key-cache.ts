import type { Ctx } from "../../platform/context";

/** How long a resolved key is trusted without asking the database again. */
export const API_KEY_CACHE_MS = 10_000;
const MAX_ENTRIES = 10_000;

type Entry = { ctx: Ctx; expiresAt: number };

/**
 * Keys resolved in the last few seconds, by hash, so a busy client costs one lookup per key every
 * ten seconds instead of one per request. Revoking a key drops it here at once; another web process
 * on the same PostgreSQL notices within API_KEY_CACHE_MS.
 */
class ApiKeyCache {
  private readonly entries = new Map<string, Entry>();
  /** When each key's last-used time was last written, by key id. */
  private readonly lastUsedWrites = new Map<string, number>();

  get(hash: string, now = Date.now()): Ctx | null {
    const entry = this.entries.get(hash);
    if (!entry) return null;
    if (entry.expiresAt > now) return entry.ctx;
    this.entries.delete(hash);
    return null;
  }

  set(hash: string, ctx: Ctx, now = Date.now()): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(hash, { ctx, expiresAt: now + API_KEY_CACHE_MS });
  }

  /** True at most once a minute per key: the last-used time is kept at minute precision. */
  shouldWriteLastUsed(keyId: string, now = Date.now()): boolean {
    const last = this.lastUsedWrites.get(keyId) ?? 0;
    if (now - last < 60_000) return false;
    if (this.lastUsedWrites.size >= MAX_ENTRIES) this.lastUsedWrites.clear();
    this.lastUsedWrites.set(keyId, now);
    return true;
  }

  forget(keyId: string): void {
    for (const [hash, entry] of this.entries) if (entry.ctx.apiKeyId === keyId) this.entries.delete(hash);
  }
}

// One cache per process (Next.js may load this module more than once).
const KEY = Symbol.for("crm.apiKeyCache");
type Holder = { [KEY]?: ApiKeyCache };

export function apiKeyCache(): ApiKeyCache {
  const holder = globalThis as Holder;
  holder[KEY] ??= new ApiKeyCache();
  return holder[KEY];
}
