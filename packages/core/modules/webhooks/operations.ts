import { z } from "zod";
import { withOrg } from "../../db/tenant";
import { defineOperation } from "../../platform/operations/define-operation";
import { idInput, recordOutput } from "../records/operation-schemas";
import { createWebhook } from "./create-webhook";
import { deleteWebhook } from "./delete-webhook";
import { findWebhookOrThrow } from "./find-webhook";
import { listWebhookDeliveries } from "./list-webhook-deliveries";
import { listWebhooks } from "./list-webhooks";
import { replayWebhookDelivery } from "./replay-webhook-delivery";
import { createWebhookSchema, listWebhookDeliveriesSchema, updateWebhookSchema } from "./schemas";
import { webhookDeliveries, webhookSubscriptions } from "./tables";
import { updateWebhook } from "./update-webhook";

// Outgoing webhooks (admins): subscriptions of a URL to record events, signed per Standard Webhooks.

const webhookOutput = recordOutput(webhookSubscriptions).omit({ secret: true });

export const webhookOperations = {
  list: defineOperation({
    name: "webhooks.list",
    description: "List the org's webhook subscriptions (URL, events, enabled, consecutive failures)",
    permission: "webhooks:manage",
    writes: false,
    input: z.object({}),
    output: z.array(webhookOutput),
    handler: (ctx) => listWebhooks(ctx),
  }),
  get: defineOperation({
    name: "webhooks.get",
    description: "One webhook subscription (its secret is shown only when it is created)",
    permission: "webhooks:manage",
    writes: false,
    input: idInput,
    output: webhookOutput,
    handler: (ctx, { id }) => withOrg(ctx, (tx) => findWebhookOrThrow(tx, ctx.orgId, id)),
  }),
  create: defineOperation({
    name: "webhooks.create",
    description: "Subscribe a URL to record events; answers the signing secret (whsec_…) this once",
    permission: "webhooks:manage",
    writes: true,
    input: createWebhookSchema,
    output: webhookOutput.extend({
      secret: z.string().describe("The signing secret, whsec_<base64>: shown only now"),
    }),
    handler: (ctx, input) => createWebhook(ctx, input),
  }),
  update: defineOperation({
    name: "webhooks.update",
    description: "Change a webhook's URL or events, or disable / re-enable it",
    permission: "webhooks:manage",
    writes: true,
    input: idInput.extend({ patch: updateWebhookSchema }),
    fieldsIn: "patch",
    output: webhookOutput,
    handler: (ctx, { id, patch }) => updateWebhook(ctx, id, patch),
  }),
  delete: defineOperation({
    name: "webhooks.delete",
    description: "Delete a webhook subscription with its queued messages and delivery log",
    permission: "webhooks:manage",
    writes: true,
    input: idInput,
    output: z.null(),
    handler: async (ctx, { id }) => {
      await deleteWebhook(ctx, id);
      return null;
    },
  }),
  deliveries: defineOperation({
    name: "webhooks.deliveries",
    description: "A webhook's delivery log, newest attempt first: status, response code and body, duration",
    permission: "webhooks:manage",
    writes: false,
    input: idInput.extend(listWebhookDeliveriesSchema.shape),
    output: z.object({
      data: z.array(recordOutput(webhookDeliveries)),
      nextCursor: z.string().nullable(),
    }),
    handler: (ctx, { id, ...page }) => listWebhookDeliveries(ctx, id, page),
  }),
  replay: defineOperation({
    name: "webhooks.replay",
    description: "Send a delivery's message again now (same webhook-id and body)",
    permission: "webhooks:manage",
    writes: true,
    input: idInput.extend({ deliveryId: z.uuid() }),
    output: z.object({
      messageId: z.string().describe("The webhook-id of the message queued again"),
      status: z.literal("pending"),
    }),
    handler: (ctx, { id, deliveryId }) => replayWebhookDelivery(ctx, id, deliveryId),
  }),
};
