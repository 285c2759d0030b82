import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { logger } from "../../platform/logger";
import { members } from "../orgs/tables";
import { apiKeyCache } from "./api-key-cache";
import { hashApiKey, KEY_PREFIX } from "./key-format";
import { narrowRole } from "./key-role";
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

/**
 * A key made by a member answers only while they are a member, and with no more than their current
 * role (removing or demoting them also revokes or narrows the key at once: restrict-member-api-keys.ts;
 * this covers whatever way the membership ended). A key made by the CLI has no creator and stands alone.
 */
async function lookUp(hash: string): Promise<Ctx | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: apiKeys.id,
      orgId: apiKeys.orgId,
      role: apiKeys.role,
      createdBy: apiKeys.createdBy,
      creatorRole: members.role,
    })
    .from(apiKeys)
    .leftJoin(members, and(eq(members.organizationId, apiKeys.orgId), eq(members.userId, apiKeys.createdBy)))
    .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)));
  if (!row) return null;
  if (row.createdBy === null) return { orgId: row.orgId, userId: null, role: row.role, apiKeyId: row.id };
  if (!row.creatorRole) return null;
  return {
    orgId: row.orgId,
    userId: row.createdBy,
    role: narrowRole(row.role, row.creatorRole),
    apiKeyId: row.id,
  };
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
