import { z } from "zod";
import { isoDate, text } from "../../platform/validation";
import { DEAL_OUTCOMES } from "../records/enums";
import {
  currencyCodeSchema,
  customInputSchema,
  moneySchema,
  optionalText,
  tagsSchema,
} from "../records/schemas";
import { probabilitySchema } from "./pipeline-schemas";

// Without defaults: a PATCH must leave out what it does not change. Create-time defaults (currency,
// pipeline, stage, probability) come from the org and the stage in the service.
const fields = {
  title: text().trim().min(1).max(200),
  value: moneySchema,
  currency: currencyCodeSchema,
  pipelineId: z.uuid(),
  stageId: z.uuid(),
  probability: probabilitySchema,
  expectedCloseDate: isoDate().nullish(),
  actualCloseDate: isoDate().nullish(),
  outcome: z.enum(DEAL_OUTCOMES).nullish(),
  lostReason: optionalText(500),
  ownerId: z.uuid().nullish(),
  primaryContactId: z.uuid().nullish(),
  companyId: z.uuid().nullish(),
  /** Contacts on the deal besides the primary one; replaces the whole set on update. */
  contactIds: z
    .array(z.uuid())
    .max(50)
    .transform((ids) => [...new Set(ids)]),
  tags: tagsSchema,
  custom: customInputSchema,
};

export const createDealSchema = z.object(fields).partial().required({ title: true });
export type CreateDealInput = z.input<typeof createDealSchema>;
export type CreateDealData = z.output<typeof createDealSchema>;

export const updateDealSchema = z.object(fields).partial();
export type UpdateDealInput = z.input<typeof updateDealSchema>;
export type UpdateDealData = z.output<typeof updateDealSchema>;

export const moveDealStageSchema = z.object({ stageId: z.uuid() });
export type MoveDealStageInput = z.input<typeof moveDealStageSchema>;
export type MoveDealStageData = z.output<typeof moveDealStageSchema>;

export const markDealLostSchema = z.object({ lostReason: optionalText(500) });
export type MarkDealLostInput = z.input<typeof markDealLostSchema>;
export type MarkDealLostData = z.output<typeof markDealLostSchema>;

/** Board filters, also parsed from a query string. */
export const boardFiltersSchema = z.object({
  ownerId: z.uuid().optional(),
  closeFrom: isoDate().optional(),
  closeTo: isoDate().optional(),
  minValue: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  maxValue: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  /** Cards per stage (the most recently updated); the stage's count says how many there are in all. */
  cards: z.coerce.number().int().min(1).max(100).optional(),
});
export type BoardFilters = z.input<typeof boardFiltersSchema>;
