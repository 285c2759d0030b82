import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { sealSecret } from "../../platform/crypto/app-key";
import { newId } from "../../platform/ids";
import { recordAudit } from "../audit/record-audit";
import { checkWebhookUrl } from "./check-webhook-url";
import { type Webhook, webhookColumns } from "./find-webhook";
import type { CreateWebhookData } from "./schemas";
import { webhookSubscriptions } from "./tables";
import { generateWebhookSecret } from "./webhook-signature";

/** Subscribes a URL to events; answers the signing secret this once (it is stored sealed). */
export async function createWebhook(
  ctx: Ctx,
  data: CreateWebhookData,
): Promise<Webhook & { secret: string }> {
  await checkWebhookUrl(data.url);
  const id = newId();
  const secret = generateWebhookSecret();
  return withOrg(ctx, async (tx) => {
    const [row] = await tx
      .insert(webhookSubscriptions)
      .values({
        id,
        orgId: ctx.orgId,
        url: data.url,
        events: data.events,
        secret: sealSecret(secret, `webhook:${id}`),
        createdBy: ctx.userId,
      })
      .returning(webhookColumns);
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, ctx, { action: "webhook.create", entityType: "webhook", entityId: id, after: row });
    return { ...row, secret };
  });
}
