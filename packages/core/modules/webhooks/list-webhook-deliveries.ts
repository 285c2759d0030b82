import { and, desc, eq, lt } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { findWebhookOrThrow } from "./find-webhook";
import type { ListWebhookDeliveriesData } from "./schemas";
import { type WebhookDeliveryRow, webhookDeliveries } from "./tables";

/** A subscription's delivery log, newest attempt first (keyset on the time-ordered id). */
export async function listWebhookDeliveries(
  ctx: Ctx,
  id: string,
  { limit, cursor }: ListWebhookDeliveriesData,
): Promise<{ data: WebhookDeliveryRow[]; nextCursor: string | null }> {
  return withOrg(ctx, async (tx) => {
    await findWebhookOrThrow(tx, ctx.orgId, id);
    const rows = await tx
      .select()
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.orgId, ctx.orgId),
          eq(webhookDeliveries.subscriptionId, id),
          cursor ? lt(webhookDeliveries.id, cursor) : undefined,
        ),
      )
      .orderBy(desc(webhookDeliveries.id))
      .limit(limit + 1);
    const data = rows.slice(0, limit);
    return { data, nextCursor: rows.length > limit ? (data.at(-1)?.id ?? null) : null };
  });
}
