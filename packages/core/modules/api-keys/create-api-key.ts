import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { generateApiKey } from "./key-format";
import { type CreateApiKeyInput, createApiKeySchema } from "./schemas";
import { apiKeys } from "./tables";

/** Returns the plain key once; only its hash is stored. */
export async function createApiKey(ctx: Ctx, input: CreateApiKeyInput) {
  assertCan(ctx, "apiKeys:manage");
  const data = createApiKeySchema.parse(input);
  const { key, prefix, hash } = generateApiKey();
  return withOrg(ctx, async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        id: newId(),
        orgId: ctx.orgId,
        name: data.name,
        role: data.role,
        prefix,
        keyHash: hash,
        createdBy: ctx.userId,
      })
      .returning({
        id: apiKeys.id,
        name: apiKeys.name,
        role: apiKeys.role,
        prefix: apiKeys.prefix,
        createdAt: apiKeys.createdAt,
      });
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, ctx, {
      action: "apiKey.create",
      entityType: "api_key",
      entityId: row.id,
      after: row,
    });
    return { ...row, key };
  });
}
