import { and, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { recordAudit } from "../audit/record-audit";
import { checkWebhookUrl } from "./check-webhook-url";
import { findWebhookOrThrow, type Webhook, webhookColumns } from "./find-webhook";
import type { UpdateWebhookData } from "./schemas";
import { webhookSubscriptions } from "./tables";

/** Changes a subscription; enabling one starts its failure count afresh. */
export async function updateWebhook(ctx: Ctx, id: string, patch: UpdateWebhookData): Promise<Webhook> {
  if (patch.url !== undefined) await checkWebhookUrl(patch.url);
  return withOrg(ctx, async (tx) => {
    const before = await findWebhookOrThrow(tx, ctx.orgId, id);
    const enabling = patch.enabled === true && !before.enabled;
    const disabling = patch.enabled === false && before.enabled;
    const [after] = await tx
      .update(webhookSubscriptions)
      .set({
        ...patch,
        ...(enabling ? { failureCount: 0, disabledAt: null } : {}),
        ...(disabling ? { disabledAt: new Date() } : {}),
        updatedAt: new Date(),
      })
      .where(and(eq(webhookSubscriptions.orgId, ctx.orgId), eq(webhookSubscriptions.id, id)))
      .returning(webhookColumns);
    if (!after) throw new Error("update returned no row");
    await recordAudit(tx, ctx, {
      action: "webhook.update",
      entityType: "webhook",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
