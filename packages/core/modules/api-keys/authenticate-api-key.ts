import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { logger } from "../../platform/logger";
import { apiKeyCache } from "./api-key-cache";
import { hashApiKey, KEY_PREFIX } from "./key-format";
import { apiKeys } from "./tables";

/**
 * Resolves a bearer key to its org context, or null. Runs as the owner because the org is not
 * known until the key is found; the lookup is by unique hash, so it can only ever match one key.
 * Resolved keys are cached for a few seconds (api-key-cache.ts); revoking one drops it.
 */
export async function authenticateApiKey(key: string): Promise<Ctx | null> {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const hash = hashApiKey(key);
  const cache = apiKeyCache();
  const cached = cache.get(hash);
  const ctx = cached ?? (await lookUp(hash));
  if (!ctx?.apiKeyId) return null;
  if (!cached) cache.set(hash, ctx);
  if (cache.shouldWriteLastUsed(ctx.apiKeyId)) touchLastUsed(ctx.apiKeyId);
  return ctx;
}

async function lookUp(hash: string): Promise<Ctx | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: apiKeys.id, orgId: apiKeys.orgId, role: apiKeys.role, createdBy: apiKeys.createdBy })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)));
  return row ? { orgId: row.orgId, userId: row.createdBy, role: row.role, apiKeyId: row.id } : null;
}

/** Last-used time at minute precision, written beside the request rather than before it. */
function touchLastUsed(id: string): void {
  getDb()
    .then((db) =>
      db
        .update(apiKeys)
        .set({ lastUsedAt: new Date() })
        .where(
          and(
            eq(apiKeys.id, id),
            or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`)),
          ),
        ),
    )
    .catch((error: unknown) => logger.warn({ err: error }, "could not record an API key's last use"));
}
