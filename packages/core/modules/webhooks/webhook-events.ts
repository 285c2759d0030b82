import { z } from "zod";

// The events a subscription can take: `<object>.created|updated|deleted` for each record type,
// `deal.stage_changed`, and `form.submitted` (sent by web forms through emitWebhookEvent).
export const WEBHOOK_OBJECTS = ["contact", "company", "lead", "deal", "task"] as const;
const VERBS = ["created", "updated", "deleted"] as const;

export const WEBHOOK_EVENTS = [
  ...WEBHOOK_OBJECTS.flatMap((object) => VERBS.map((verb) => `${object}.${verb}` as const)),
  "deal.stage_changed",
  "form.submitted",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const webhookEventSchema = z.enum(WEBHOOK_EVENTS);

/** Audit verbs that are a change of the record (completing a task, converting a lead update it). */
const AUDIT_VERBS: Record<string, (typeof VERBS)[number]> = {
  create: "created",
  update: "updated",
  complete: "updated",
  convert: "updated",
  delete: "deleted",
};

const isWebhookObject = (value: string): value is (typeof WEBHOOK_OBJECTS)[number] =>
  (WEBHOOK_OBJECTS as readonly string[]).includes(value);

/**
 * The webhook events an audit action stands for, with the record they carry: the `after` of a
 * create or update, the `before` of a delete. A stage change is both `deal.stage_changed` and
 * `deal.updated` (a subscriber to updates sees every change). Other actions (merges, restores,
 * purges, settings) send nothing.
 */
export function webhookEventsOfAudit(entry: {
  action: string;
  entityType: string;
  before?: unknown;
  after?: unknown;
}): { types: WebhookEvent[]; data: unknown } | null {
  const [object, verb] = entry.action.split(".");
  if (!object || !verb || object !== entry.entityType || !isWebhookObject(object)) return null;
  if (object === "deal" && verb === "stage_change") {
    return entry.after ? { types: ["deal.stage_changed", "deal.updated"], data: entry.after } : null;
  }
  const mapped = AUDIT_VERBS[verb];
  if (!mapped) return null;
  const data = mapped === "deleted" ? entry.before : entry.after;
  if (data === undefined || data === null) return null;
  return { types: [`${object}.${mapped}`], data };
}
