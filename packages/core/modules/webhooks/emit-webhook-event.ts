import { and, arrayOverlaps, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { newId } from "../../platform/ids";
import { logger } from "../../platform/logger";
import { webhookMessages, webhookSubscriptions } from "./tables";
import { kickWebhookDispatch } from "./webhook-dispatch-job";
import type { WebhookEvent } from "./webhook-events";

/**
 * Puts an event into the outbox of every enabled subscription of the org that takes it, in the
 * caller's transaction (the message exists exactly when the change does). An org without such a
 * subscription pays one indexed query. Answers how many messages were queued.
 */
export async function emitWebhookEvent(
  tx: DbOrTx,
  orgId: string,
  types: readonly WebhookEvent[],
  data: unknown,
): Promise<number> {
  const subscriptions = await tx
    .select({ id: webhookSubscriptions.id, events: webhookSubscriptions.events })
    .from(webhookSubscriptions)
    .where(
      and(
        eq(webhookSubscriptions.orgId, orgId),
        eq(webhookSubscriptions.enabled, true),
        arrayOverlaps(webhookSubscriptions.events, [...types]),
      ),
    );
  if (subscriptions.length === 0) return 0;
  const timestamp = new Date().toISOString();
  const messages = subscriptions.flatMap((subscription) =>
    types
      .filter((type) => subscription.events.includes(type))
      .map((type) => ({
        id: newId(),
        orgId,
        subscriptionId: subscription.id,
        eventType: type,
        body: JSON.stringify({ type, timestamp, data }),
      })),
  );
  await tx.insert(webhookMessages).values(messages);
  // Not awaited: with PGlite the queue's insert waits for this transaction to end. A dispatch that
  // runs before the commit finds nothing and the scheduled one delivers the messages.
  kickWebhookDispatch(1).catch((error: unknown) =>
    logger.error({ err: error, orgId }, "could not queue a webhook dispatch"),
  );
  return messages.length;
}
