import { z } from "zod";
import "../../platform/validation";
import { currencySchema } from "../orgs/schemas";
import { EXCHANGE_RATE_SOURCES } from "./tables";

const isoDate = z.iso.date();

/** A rate as a positive decimal: a JSON number or a string such as "1.0832". */
export const rateSchema = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^\d+(\.\d+)?$/)
      .transform(Number),
  ])
  // Not `.positive()`: its message would say "at least 0"; a zero or negative rate is just invalid.
  .pipe(z.number().refine((v) => v > 0 && v <= 1_000_000_000, { params: { i18n: "invalid" } }));

export const createExchangeRateSchema = z.object({
  currency: currencySchema,
  rate: rateSchema,
  /** Default: today (UTC). */
  validFrom: isoDate.optional(),
});
export type CreateExchangeRateInput = z.input<typeof createExchangeRateSchema>;
export type CreateExchangeRateData = z.output<typeof createExchangeRateSchema>;

export const updateExchangeRateSchema = z
  .object({ currency: currencySchema, rate: rateSchema, validFrom: isoDate })
  .partial();
export type UpdateExchangeRateInput = z.input<typeof updateExchangeRateSchema>;
export type UpdateExchangeRateData = z.output<typeof updateExchangeRateSchema>;

export const listExchangeRatesSchema = z.object({
  currency: currencySchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  cursor: z.string().max(200).optional(),
});
export type ListExchangeRatesInput = z.input<typeof listExchangeRatesSchema>;
export type ListExchangeRatesData = z.output<typeof listExchangeRatesSchema>;

export const exchangeRateSchema = z.object({
  id: z.uuid(),
  currency: z.string(),
  baseCurrency: z.string(),
  rate: z.number(),
  validFrom: isoDate,
  source: z.enum(EXCHANGE_RATE_SOURCES),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ExchangeRate = z.input<typeof exchangeRateSchema>;

export const importEcbRatesSchema = z.object({
  /** Default: the ECB's daily reference rates file. */
  url: z.url().optional(),
  timeoutMs: z.number().int().min(100).max(60_000).optional(),
});
export type ImportEcbRatesInput = z.input<typeof importEcbRatesSchema>;
export type ImportEcbRatesData = z.output<typeof importEcbRatesSchema>;

/** A sum over several currencies in the org's currency (see convertTotals in platform/money.ts). */
export const convertedTotalSchema = z.object({
  currency: z.string(),
  value: z.number().int(),
  weightedValue: z.number().int(),
  unconverted: z.array(
    z.object({ currency: z.string(), value: z.number().int(), weightedValue: z.number().int() }),
  ),
});
