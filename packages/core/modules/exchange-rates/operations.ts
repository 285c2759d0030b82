import { z } from "zod";
import { defineOperation } from "../../platform/operations/define-operation";
import { idInput } from "../records/operation-schemas";
import { createExchangeRate } from "./create-exchange-rate";
import { deleteExchangeRate } from "./delete-exchange-rate";
import { getExchangeRateOrThrow } from "./get-exchange-rate";
import { importEcbRates } from "./import-ecb-rates";
import { listExchangeRates } from "./list-exchange-rates";
import {
  createExchangeRateSchema,
  exchangeRateSchema,
  importEcbRatesSchema,
  listExchangeRatesSchema,
  updateExchangeRateSchema,
} from "./schemas";
import { updateExchangeRate } from "./update-exchange-rate";

// Exchange rates to the org's currency: every member reads them (totals are converted with them),
// admins change them.

export const exchangeRateOperations = {
  list: defineOperation({
    name: "exchangeRates.list",
    description:
      "List the org's exchange rates by currency, newest first: one major unit of `currency` is worth `rate` units of `baseCurrency` (the org's currency) from `validFrom` on",
    permission: "org:read",
    writes: false,
    input: listExchangeRatesSchema,
    output: z.object({ data: z.array(exchangeRateSchema), nextCursor: z.string().nullable() }),
    handler: (ctx, input) => listExchangeRates(ctx, input),
  }),
  get: defineOperation({
    name: "exchangeRates.get",
    description: "Get one exchange rate",
    permission: "org:read",
    writes: false,
    input: idInput,
    output: exchangeRateSchema,
    handler: (ctx, input) => getExchangeRateOrThrow(ctx, input.id),
  }),
  create: defineOperation({
    name: "exchangeRates.create",
    description: "Add a rate of a currency from a day on (one rate per currency and day)",
    permission: "org:update",
    writes: true,
    input: createExchangeRateSchema,
    output: exchangeRateSchema,
    handler: (ctx, input) => createExchangeRate(ctx, input),
  }),
  update: defineOperation({
    name: "exchangeRates.update",
    description: "Change a rate's currency, value or first day",
    permission: "org:update",
    writes: true,
    input: idInput.extend({ patch: updateExchangeRateSchema }),
    fieldsIn: "patch",
    output: exchangeRateSchema,
    handler: (ctx, input) => updateExchangeRate(ctx, input.id, input.patch),
  }),
  delete: defineOperation({
    name: "exchangeRates.delete",
    description: "Delete a rate; the currency falls back to its previous rate, or to no rate",
    permission: "org:update",
    writes: true,
    input: idInput,
    output: z.null(),
    handler: async (ctx, input) => {
      await deleteExchangeRate(ctx, input.id);
      return null;
    },
  }),
  importEcb: defineOperation({
    name: "exchangeRates.importEcb",
    description:
      "Import the European Central Bank's daily reference rates as the org's rates from the ECB's day (cross rates through the euro); 422 when the file cannot be fetched in time or the ECB does not quote the org's currency",
    permission: "org:update",
    writes: true,
    // The source is the ECB's fixed address (no fetching of caller-given URLs): only the timeout.
    input: importEcbRatesSchema.omit({ url: true }).strict(),
    output: z.object({
      date: z.iso.date().describe("The ECB's day, from which the rates count"),
      baseCurrency: z.string(),
      imported: z.number().int(),
    }),
    handler: (ctx, input) => importEcbRates(ctx, input),
  }),
};
