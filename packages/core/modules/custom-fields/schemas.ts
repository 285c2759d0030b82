import { z } from "zod";
import { text } from "../../platform/validation";
import { FIELD_TYPES, RECORD_OBJECTS } from "../records/enums";

export const createCustomFieldSchema = z
  .object({
    object: z.enum(RECORD_OBJECTS),
    label: text().trim().min(1).max(60),
    key: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{0,39}$/)
      .optional(),
    type: z.enum(FIELD_TYPES),
    options: z.array(text().trim().min(1).max(60)).max(100).default([]),
    required: z.boolean().default(false),
  })
  .refine((v) => !["select", "multiselect"].includes(v.type) || v.options.length > 0, {
    path: ["options"],
    params: { i18n: "required" },
  });
export type CreateCustomFieldInput = z.input<typeof createCustomFieldSchema>;
export type CreateCustomFieldData = z.output<typeof createCustomFieldSchema>;

/** A stable key from the label: "Contract value (€)" → "contract_value". */
export const keyFromLabel = (label: string): string =>
  label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .replace(/^(\d)/, "f_$1")
    .slice(0, 40) || "field";

export const updateCustomFieldSchema = z
  .object({
    label: text().trim().min(1).max(60),
    options: z.array(text().trim().min(1).max(60)).max(100),
    required: z.boolean(),
    position: z.number().int().min(0).max(10_000),
  })
  .partial();
export type UpdateCustomFieldInput = z.input<typeof updateCustomFieldSchema>;
export type UpdateCustomFieldData = z.output<typeof updateCustomFieldSchema>;

export const listCustomFieldsSchema = z.object({ object: z.enum(RECORD_OBJECTS).optional() });
export type ListCustomFieldsInput = z.input<typeof listCustomFieldsSchema>;
export type ListCustomFieldsData = z.output<typeof listCustomFieldsSchema>;
