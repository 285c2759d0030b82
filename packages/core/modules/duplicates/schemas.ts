import { z } from "zod";
import { text as storableText } from "../../platform/validation";
import { phoneSchema } from "../contacts/schemas";
import { DUPLICATE_OBJECTS } from "./tables";

export const duplicateObjectSchema = z.enum(DUPLICATE_OBJECTS);

/**
 * Pairs scored below this are left out unless asked for: a shared phone alone (30) or a faintly
 * similar name is more often two people than one (issue 12.4 follow-up).
 */
export const DEFAULT_MIN_DUPLICATE_SCORE = 40;

export const listDuplicatesSchema = z.object({
  object: duplicateObjectSchema,
  limit: z.coerce.number().int().min(1).max(100).default(25),
  /** Only pairs scored at least this (0–100); 0 lists the weak ones too. */
  minScore: z.coerce.number().int().min(0).max(100).default(DEFAULT_MIN_DUPLICATE_SCORE),
  /** Opaque: from the previous page's nextCursor. */
  cursor: z
    .string()
    .regex(
      /^\d{1,3}_\d(?:\.\d+)?(?:e-\d+)?_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      "Not a cursor from this list",
    )
    .optional(),
});
export type ListDuplicatesInput = z.input<typeof listDuplicatesSchema>;
export type ListDuplicatesData = z.output<typeof listDuplicatesSchema>;

export const dismissDuplicateSchema = z
  .object({ object: duplicateObjectSchema, recordIds: z.tuple([z.uuid(), z.uuid()]) })
  .refine((v) => v.recordIds[0] !== v.recordIds[1], {
    path: ["recordIds"],
    message: "Two different records",
  });
export type DismissDuplicateInput = z.input<typeof dismissDuplicateSchema>;
export type DismissDuplicateData = z.output<typeof dismissDuplicateSchema>;

// What a create form knows before saving; loose on purpose: it is checked again when saving.
const text = (max: number) => storableText().trim().max(max).nullish();
export const findSimilarContactSchema = z.object({
  firstName: text(100),
  lastName: text(100),
  email: text(320),
  emails: z.array(storableText().max(320)).max(10).optional(),
  phones: z
    .array(phoneSchema.pick({ number: true }))
    .max(10)
    .optional(),
});
export const findSimilarCompanySchema = z.object({
  name: text(200),
  domain: text(2000),
  website: text(2000),
  phone: text(40),
});
export type FindSimilarContactInput = z.input<typeof findSimilarContactSchema>;
export type FindSimilarCompanyInput = z.input<typeof findSimilarCompanySchema>;

/** `fields` maps a field ("email", "custom.budget") to the id of the record whose value the survivor keeps. */
export const mergeRecordsSchema = z
  .object({
    survivorId: z.uuid(),
    mergedIds: z.array(z.uuid()).min(1).max(9),
    fields: z.record(z.string().max(80), z.uuid()).default({}),
  })
  .superRefine((v, ctx) => {
    const ids = [v.survivorId, ...v.mergedIds];
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: "custom", path: ["mergedIds"], message: "Each record may appear only once" });
    }
    for (const [field, id] of Object.entries(v.fields)) {
      if (!ids.includes(id)) {
        ctx.addIssue({ code: "custom", path: ["fields", field], message: "Not one of the merged records" });
      }
    }
  });
export type MergeRecordsInput = z.input<typeof mergeRecordsSchema>;
