import { z } from "zod";
import { RECORD_OBJECTS } from "../records/enums";

export const REPORT_MEASURES = ["count", "sum", "avg"] as const;
export const DATE_BUCKETS = ["day", "week", "month", "quarter", "year"] as const;
export type DateBucket = (typeof DATE_BUCKETS)[number];

/** More groups than this is a table nobody reads: the caller groups by fewer or coarser fields. */
export const MAX_REPORT_GROUPS = 1000;

// Filters are the list endpoint's query parameters (`ownerId`, `value[gte]`, `cf.tier`, `q`): a
// number or boolean is taken as its text, as a query string would carry it.
const filterValue = z.union([z.string().max(2000), z.number(), z.boolean()]).transform(String);

export const reportDefinitionSchema = z.object({
  object: z.enum(RECORD_OBJECTS).describe("The record type counted"),
  measure: z
    .object({
      fn: z.enum(REPORT_MEASURES).describe("count rows, or sum / average a number field"),
      field: z
        .string()
        .trim()
        .min(1)
        .max(100)
        .optional()
        .describe("The number field summed or averaged (`value`, `cf.<key>`); none for count"),
    })
    .default({ fn: "count" }),
  groupBy: z
    .array(z.string().trim().min(1).max(100))
    .max(3)
    .default([])
    .describe(
      "Fields to group by (`stageId`, `ownerId`, `cf.<key>`), dates with a bucket (`createdAt:month`)",
    ),
  filters: z
    .record(z.string().max(100), filterValue)
    .default({})
    .describe("The list endpoint's filters (`ownerId`, `value[gte]`, `cf.<key>`, `q`)"),
});
export type ReportDefinition = z.output<typeof reportDefinitionSchema>;

const groupKeyValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const unconvertedAmount = z.object({ currency: z.string(), value: z.number(), count: z.number().int() });

/** One group: its keys named as in `groupBy` (a date bucket as its first day, `2026-03-01`) and the value. */
export const reportRowSchema = z
  .object({
    value: z
      .number()
      .nullable()
      .describe("The measure; money in minor units of the org currency; null for an average of nothing"),
    unconverted: z
      .array(unconvertedAmount)
      .optional()
      .describe("Money in currencies without an exchange rate: not in `value`, listed apart"),
  })
  .catchall(groupKeyValue);
export type ReportRow = z.output<typeof reportRowSchema>;
export const reportOutputSchema = z.array(reportRowSchema);
