import { z } from "zod";
import {
  createExchangeRateSchema,
  exchangeRateSchema,
  importEcbRatesSchema,
  updateExchangeRateSchema,
} from "./schemas";

const problem = {
  description: "problem+json",
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
};
const errors = (...codes: number[]) => Object.fromEntries(codes.map((code) => [String(code), problem]));
const schemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
const data = (schema: Record<string, unknown>) => ({
  "application/json": { schema: { type: "object", properties: { data: schema } } },
});
const rate = z.toJSONSchema(exchangeRateSchema, { unrepresentable: "any" });
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const tags = ["Exchange rates"];

/** The exchange-rate endpoints in the OpenAPI document: everyone reads, admins write. */
export const exchangeRatesPathDocs = {
  "/exchange-rates": {
    get: {
      tags,
      summary:
        "The org's exchange rates: one major unit of `currency` is worth `rate` units of `baseCurrency` (the org's currency) from `validFrom` on. Sorted by currency, newest first; totals are converted at the latest rate that has started.",
      parameters: [
        { name: "currency", in: "query", required: false, schema: { type: "string" } },
        { name: "limit", in: "query", required: false, schema: { type: "integer", maximum: 200 } },
        { name: "cursor", in: "query", required: false, schema: { type: "string" } },
      ],
      responses: {
        "200": {
          description: "OK",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  data: { type: "array", items: rate },
                  nextCursor: { type: ["string", "null"] },
                },
              },
            },
          },
        },
        ...errors(401, 422, 429),
      },
    },
    post: {
      tags,
      summary: "Add a rate (admins). One rate per currency and day: a second one is 409.",
      requestBody: {
        required: true,
        content: { "application/json": { schema: schemaOf(createExchangeRateSchema) } },
      },
      responses: {
        "201": { description: "Created", content: data(rate) },
        ...errors(401, 403, 409, 422, 429),
      },
    },
  },
  "/exchange-rates/{id}": {
    get: {
      tags,
      summary: "One rate",
      parameters: [idParam],
      responses: { "200": { description: "OK", content: data(rate) }, ...errors(401, 404, 429) },
    },
    patch: {
      tags,
      summary: "Change a rate's currency, value or first day (admins)",
      parameters: [idParam],
      requestBody: {
        required: true,
        content: { "application/json": { schema: schemaOf(updateExchangeRateSchema) } },
      },
      responses: {
        "200": { description: "OK", content: data(rate) },
        ...errors(401, 403, 404, 409, 422, 429),
      },
    },
    delete: {
      tags,
      summary: "Delete a rate (admins); the currency falls back to its previous rate or to no rate",
      parameters: [idParam],
      responses: { "204": { description: "Deleted" }, ...errors(401, 403, 404, 429) },
    },
  },
  "/exchange-rates/import-ecb": {
    post: {
      tags,
      summary:
        "Import the European Central Bank's daily reference rates as the org's rates from the ECB's day (admins); cross rates through the euro. 422 when the file cannot be fetched in time or the ECB does not quote the org's currency.",
      requestBody: {
        required: false,
        content: { "application/json": { schema: schemaOf(importEcbRatesSchema.omit({ url: true })) } },
      },
      responses: {
        "200": {
          description: "Imported",
          content: data({
            type: "object",
            properties: {
              date: { type: "string", format: "date" },
              baseCurrency: { type: "string" },
              imported: { type: "integer" },
            },
          }),
        },
        ...errors(401, 403, 422, 429),
      },
    },
  },
};
