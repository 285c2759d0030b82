import { and, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { recordAudit } from "../audit/record-audit";
import { findWebhookOrThrow } from "./find-webhook";
import { webhookSubscriptions } from "./tables";

/** Removes a subscription with its queued messages and delivery log. */
export async function deleteWebhook(ctx: Ctx, id: string): Promise<void> {
  await withOrg(ctx, async (tx) => {
    const before = await findWebhookOrThrow(tx, ctx.orgId, id);
    await tx
      .delete(webhookSubscriptions)
      .where(and(eq(webhookSubscriptions.orgId, ctx.orgId), eq(webhookSubscriptions.id, id)));
    await recordAudit(tx, ctx, { action: "webhook.delete", entityType: "webhook", entityId: id, before });
  });
}
