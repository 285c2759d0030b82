"use server";
import { createApiKey } from "@crm/core/modules/api-keys/create-api-key";
import { revokeApiKey } from "@crm/core/modules/api-keys/revoke-api-key";
import type { CreateApiKeyInput } from "@crm/core/modules/api-keys/schemas";
import { runOrgAction } from "@/lib/actions";

/** The plain key is in this one response only; the database keeps its hash. */
export async function createApiKeyAction(slug: string, input: CreateApiKeyInput) {
  return runOrgAction("apiKeys.create", slug, async (ctx) => {
    const created = await createApiKey(ctx, input);
    return { id: created.id, name: created.name, key: created.key };
  });
}

export async function revokeApiKeyAction(slug: string, id: string) {
  return runOrgAction("apiKeys.revoke", slug, async (ctx) => {
    await revokeApiKey(ctx, id);
  });
}
