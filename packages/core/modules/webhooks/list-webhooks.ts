import { asc, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { type Webhook, webhookColumns } from "./find-webhook";
import { webhookSubscriptions } from "./tables";

/** The org's subscriptions, oldest first (an org has a handful). */
export async function listWebhooks(ctx: Ctx): Promise<Webhook[]> {
  return withOrg(ctx, (tx) =>
    tx
      .select(webhookColumns)
      .from(webhookSubscriptions)
      .where(eq(webhookSubscriptions.orgId, ctx.orgId))
      .orderBy(asc(webhookSubscriptions.id))
      .limit(500),
  );
}
