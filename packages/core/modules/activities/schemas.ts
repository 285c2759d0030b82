import { z } from "zod";
import { isoDateTime, text } from "../../platform/validation";
import { ACTIVITY_TYPES, CALL_OUTCOMES, DIRECTIONS } from "../records/enums";
import { customInputSchema, tagsSchema } from "../records/schemas";

// "system" entries are written by the CRM itself (stage and owner changes), never by hand.
export const MANUAL_ACTIVITY_TYPES = ["note", "call", "meeting", "email"] as const;
export type ManualActivityType = (typeof MANUAL_ACTIVITY_TYPES)[number];

/** Only calls and emails go in a direction. */
export const DIRECTED_ACTIVITY_TYPES: readonly string[] = ["call", "email"];

export const LINK_FIELDS = ["contactId", "companyId", "dealId"] as const;

// Without defaults: a PATCH must leave out what it does not change (the database has the defaults).
const fields = {
  type: z.enum(MANUAL_ACTIVITY_TYPES),
  subject: text().trim().max(300),
  /** HTML; sanitized by the service before it is stored. */
  body: text().max(100_000),
  direction: z.enum(DIRECTIONS).nullish(),
  durationMinutes: z.number().int().min(0).max(10_000).nullish(),
  callOutcome: z.enum(CALL_OUTCOMES).nullish(),
  occurredAt: isoDateTime(),
  contactId: z.uuid().nullish(),
  companyId: z.uuid().nullish(),
  dealId: z.uuid().nullish(),
  tags: tagsSchema,
  custom: customInputSchema,
};

export const createActivitySchema = z
  .object(fields)
  .partial()
  .required({ type: true })
  .refine((v) => LINK_FIELDS.some((field) => v[field]), {
    path: ["contactId"],
    message: "Link the activity to a contact, a company or a deal",
  })
  .refine((v) => !v.direction || DIRECTED_ACTIVITY_TYPES.includes(v.type), {
    path: ["direction"],
    message: "Only calls and emails have a direction",
  })
  .refine((v) => !v.callOutcome || v.type === "call", {
    path: ["callOutcome"],
    message: "Only calls have an outcome",
  });
export type CreateActivityInput = z.input<typeof createActivitySchema>;
export type CreateActivityData = z.output<typeof createActivitySchema>;

export const updateActivitySchema = z.object(fields).partial();
export type UpdateActivityInput = z.input<typeof updateActivitySchema>;
export type UpdateActivityData = z.output<typeof updateActivitySchema>;

// Query strings carry lists as "note,call".
const commaList = (value: unknown) =>
  typeof value === "string" ? value.split(",").filter((v) => v.trim() !== "") : value;

const anchorFields = {
  contactId: z.uuid().optional(),
  companyId: z.uuid().optional(),
  dealId: z.uuid().optional(),
};
const hasOneAnchor = (v: { contactId?: string; companyId?: string; dealId?: string }) =>
  LINK_FIELDS.filter((field) => v[field]).length === 1;
const ONE_ANCHOR = { path: ["contactId"], message: "Give exactly one of contactId, companyId or dealId" };

/** Exactly one record whose timeline is wanted. */
export const timelineAnchorSchema = z.object(anchorFields).refine(hasOneAnchor, ONE_ANCHOR);
export type TimelineAnchor = z.input<typeof timelineAnchorSchema>;
export type TimelineAnchorData = z.output<typeof timelineAnchorSchema>;

/** How many entries a page of a timeline holds unless asked otherwise. */
export const TIMELINE_DEFAULT_LIMIT = 50;

const timelineOptionFields = {
  types: z.preprocess(commaList, z.array(z.enum(ACTIVITY_TYPES)).optional()),
  cursor: text().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(TIMELINE_DEFAULT_LIMIT),
};
export const timelineOptionsSchema = z.object(timelineOptionFields);
export type TimelineOptions = z.input<typeof timelineOptionsSchema>;
export type TimelineOptionsData = z.output<typeof timelineOptionsSchema>;

/** A timeline page asked for: the record (exactly one of the ids) and the options. */
export const timelineInputSchema = z
  .object({ ...anchorFields, ...timelineOptionFields })
  .refine(hasOneAnchor, ONE_ANCHOR);
