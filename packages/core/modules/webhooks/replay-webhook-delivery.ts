import { and, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { logger } from "../../platform/logger";
import { recordAudit } from "../audit/record-audit";
import { webhookDeliveries, webhookMessages } from "./tables";
import { kickWebhookDispatch } from "./webhook-dispatch-job";

/**
 * Sends a delivery's message again, now: the same webhook-id and body (a receiver that already
 * handled it can tell), logged as the message's next attempt.
 */
export async function replayWebhookDelivery(
  ctx: Ctx,
  id: string,
  deliveryId: string,
): Promise<{ messageId: string; status: "pending" }> {
  const messageId = await withOrg(ctx, async (tx) => {
    const [delivery] = await tx
      .select({ messageId: webhookDeliveries.messageId })
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.orgId, ctx.orgId),
          eq(webhookDeliveries.subscriptionId, id),
          eq(webhookDeliveries.id, deliveryId),
        ),
      );
    if (!delivery) throw notFound("Delivery not found");
    await tx
      .update(webhookMessages)
      .set({ status: "pending", nextAttemptAt: new Date() })
      .where(and(eq(webhookMessages.orgId, ctx.orgId), eq(webhookMessages.id, delivery.messageId)));
    await recordAudit(tx, ctx, {
      action: "webhook.replay",
      entityType: "webhook",
      entityId: id,
      after: delivery,
    });
    return delivery.messageId;
  });
  await kickWebhookDispatch(0).catch((error: unknown) =>
    logger.error({ err: error, orgId: ctx.orgId }, "could not queue a webhook replay"),
  );
  return { messageId, status: "pending" };
}
