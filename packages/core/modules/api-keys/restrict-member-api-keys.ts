import { and, eq, inArray, isNull } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import { recordAudit } from "../audit/record-audit";
import type { Role } from "../orgs/roles";
import { apiKeyCache } from "./api-key-cache";
import { rolesAbove } from "./key-role";
import { apiKeys } from "./tables";

/**
 * A key a member made never outlives their rights: removing them revokes their keys, lowering their
 * role lowers their keys to it. Keys made by the CLI (no creator) are actors of their own and stay.
 * Runs right after the membership changed; authenticateApiKey checks the membership as well.
 */
export async function restrictMemberApiKeys(params: {
  orgId: string;
  userId: string;
  /** The member's new role, or null when they left the org. */
  role: Role | null;
}): Promise<string[]> {
  const { orgId, userId, role } = params;
  const ctx = { orgId, userId: null };
  const changed = await withOrg(ctx, async (tx) => {
    const mine = and(eq(apiKeys.orgId, orgId), eq(apiKeys.createdBy, userId), isNull(apiKeys.revokedAt));
    if (role === null) {
      const rows = await tx
        .update(apiKeys)
        .set({ revokedAt: new Date() })
        .where(mine)
        .returning({ id: apiKeys.id, name: apiKeys.name, revokedAt: apiKeys.revokedAt });
      for (const row of rows) {
        await recordAudit(tx, ctx, {
          action: "apiKey.revoke",
          entityType: "api_key",
          entityId: row.id,
          after: { ...row, reason: "creator removed from the organization" },
        });
      }
      return rows.map((r) => r.id);
    }
    const above = rolesAbove(role);
    if (above.length === 0) return [];
    const rows = await tx
      .update(apiKeys)
      .set({ role })
      .where(and(mine, inArray(apiKeys.role, above)))
      .returning({ id: apiKeys.id, name: apiKeys.name, role: apiKeys.role });
    for (const row of rows) {
      await recordAudit(tx, ctx, {
        action: "apiKey.narrow",
        entityType: "api_key",
        entityId: row.id,
        after: { ...row, reason: "creator's role lowered" },
      });
    }
    return rows.map((r) => r.id);
  });
  const cache = apiKeyCache();
  for (const id of changed) cache.forget(id);
  return changed;
}
