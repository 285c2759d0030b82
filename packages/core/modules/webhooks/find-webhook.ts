import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { notFound } from "../../platform/errors";
import { type WebhookSubscriptionRow, webhookSubscriptions } from "./tables";

export type Webhook = Omit<WebhookSubscriptionRow, "secret">;

/** A subscription without its sealed secret (never answered). */
export const webhookColumns = {
  id: webhookSubscriptions.id,
  orgId: webhookSubscriptions.orgId,
  url: webhookSubscriptions.url,
  events: webhookSubscriptions.events,
  enabled: webhookSubscriptions.enabled,
  failureCount: webhookSubscriptions.failureCount,
  disabledAt: webhookSubscriptions.disabledAt,
  createdBy: webhookSubscriptions.createdBy,
  createdAt: webhookSubscriptions.createdAt,
  updatedAt: webhookSubscriptions.updatedAt,
};

export async function findWebhookOrThrow(tx: DbOrTx, orgId: string, id: string): Promise<Webhook> {
  const [row] = await tx
    .select(webhookColumns)
    .from(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.orgId, orgId), eq(webhookSubscriptions.id, id)));
  if (!row) throw notFound("Webhook not found");
  return row;
}
