import { z } from "zod";
import { webhookEventSchema } from "./webhook-events";

const webhookUrl = z
  .string()
  .trim()
  .max(2000)
  .pipe(z.url({ protocol: /^https?$/, error: "Enter an http or https URL" }));

const events = z
  .array(webhookEventSchema)
  .min(1, "Choose at least one event")
  .transform((list) => [...new Set(list)]);

export const createWebhookSchema = z.object({
  url: webhookUrl.describe("Where events are POSTed (http or https; private and metadata hosts are refused)"),
  events: events.describe("The event types sent to it, e.g. contact.created, deal.stage_changed"),
});
export type CreateWebhookData = z.output<typeof createWebhookSchema>;

export const updateWebhookSchema = z.object({
  url: webhookUrl.optional(),
  events: events.optional(),
  enabled: z.boolean().optional().describe("Enabling a disabled subscription resets its failure count"),
});
export type UpdateWebhookData = z.output<typeof updateWebhookSchema>;

export const listWebhookDeliveriesSchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.uuid().optional().describe("The nextCursor of the previous page"),
});
export type ListWebhookDeliveriesData = z.output<typeof listWebhookDeliveriesSchema>;
