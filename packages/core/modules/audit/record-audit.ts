import type { DbOrTx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { emitWebhookEvent } from "../webhooks/emit-webhook-event";
import { webhookEventsOfAudit } from "../webhooks/webhook-events";
import { auditLog } from "./tables";

export type AuditInput = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Writes one audit entry in the caller's transaction, so the entry exists exactly when the change
 * does; returns its id. Every record write passes here, so it is also where the change's webhook
 * events enter the outbox (same transaction).
 */
export async function recordAudit(
  tx: DbOrTx,
  ctx: Pick<Ctx, "orgId" | "userId" | "apiKeyId" | "auditBatchId">,
  entry: AuditInput,
): Promise<string> {
  const id = newId();
  await tx.insert(auditLog).values({
    id,
    orgId: ctx.orgId,
    actorUserId: ctx.userId,
    actorApiKeyId: ctx.apiKeyId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    batchId: ctx.auditBatchId ?? null,
  });
  const event = webhookEventsOfAudit(entry);
  if (event) await emitWebhookEvent(tx, ctx.orgId, event.types, event.data);
  return id;
}
