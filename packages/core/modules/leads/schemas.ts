import { z } from "zod";
import { text } from "../../platform/validation";
import { LEAD_STAGES } from "../records/enums";
import {
  currencyCodeSchema,
  customInputSchema,
  emailSchema,
  moneySchema,
  optionalText,
  tagsSchema,
} from "../records/schemas";

/** "converted" is reached only by converting the lead, never set by hand. */
export const EDITABLE_LEAD_STAGES = z.enum(LEAD_STAGES).exclude(["converted"]).options;

// Without defaults: a PATCH must leave out what it does not change (the database has the defaults).
const fields = {
  name: text().trim().min(1).max(200),
  email: emailSchema.nullish(),
  phone: optionalText(40),
  companyName: optionalText(200),
  source: optionalText(100),
  status: z.enum(EDITABLE_LEAD_STAGES),
  ownerId: z.uuid().nullish(),
  tags: tagsSchema,
  custom: customInputSchema,
};

export const createLeadSchema = z.object(fields).partial().required({ name: true });
export type CreateLeadInput = z.input<typeof createLeadSchema>;
export type CreateLeadData = z.output<typeof createLeadSchema>;

export const updateLeadSchema = z.object(fields).partial();
export type UpdateLeadInput = z.input<typeof updateLeadSchema>;
export type UpdateLeadData = z.output<typeof updateLeadSchema>;

export const convertLeadSchema = z.object({
  /** Defaults to true when `deal` is given. */
  createDeal: z.boolean().optional(),
  deal: z
    .object({
      title: text().trim().max(200).optional(),
      value: moneySchema.optional(),
      currency: currencyCodeSchema.optional(),
      pipelineId: z.uuid().optional(),
      stageId: z.uuid().optional(),
    })
    .optional(),
  /** Link the contact to this company instead of matching or creating one. */
  companyId: z.uuid().optional(),
});
export type ConvertLeadInput = z.input<typeof convertLeadSchema>;
export type ConvertLeadData = z.output<typeof convertLeadSchema>;
