import { and, eq, isNull } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { apiKeyCache } from "./api-key-cache";
import { apiKeys } from "./tables";

export async function revokeApiKey(ctx: Ctx, id: string) {
  assertCan(ctx, "apiKeys:manage");
  const revoked = await withOrg(ctx, async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.orgId, ctx.orgId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id, name: apiKeys.name, revokedAt: apiKeys.revokedAt });
    if (!row) throw notFound("API key not found");
    await recordAudit(tx, ctx, { action: "apiKey.revoke", entityType: "api_key", entityId: id, after: row });
    return row;
  });
  apiKeyCache().forget(id);
  return revoked;
}
