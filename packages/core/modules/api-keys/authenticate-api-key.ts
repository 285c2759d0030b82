import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { hashApiKey, KEY_PREFIX } from "./key-format";
import { apiKeys } from "./tables";

/**
 * Resolves a bearer key to its org context, or null. Runs as the owner because the org is not
 * known until the key is found; the lookup is by unique hash, so it can only ever match one key.
 */
export async function authenticateApiKey(key: string): Promise<Ctx | null> {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: apiKeys.id, orgId: apiKeys.orgId, role: apiKeys.role, createdBy: apiKeys.createdBy })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)));
  if (!row) return null;
  // Last-used time at minute precision: one write a minute per key, not one per request.
  await db
    .update(apiKeys)
    .set({ lastUsedAt: new Date() })
    .where(
      and(
        eq(apiKeys.id, row.id),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`)),
      ),
    );
  return { orgId: row.orgId, userId: row.createdBy, role: row.role, apiKeyId: row.id };
}
