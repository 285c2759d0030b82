import type { PgTable } from "drizzle-orm/pg-core";
import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { text } from "../../platform/validation";
import { EXACT_COUNT_LIMIT } from "./count-listed";
import type { FieldSpec, ListSpec } from "./list-query";

// The input and output schemas record operations declare, built from the tables and list specs so
// the documented shape is the one the server reads and answers.

/** A record id in the input (a path parameter over REST). */
export const idInput = z.object({ id: z.uuid() });

/** A row of `table` as the API answers it (timestamps as ISO 8601 strings). */
export const recordOutput = <T extends PgTable>(table: T) => createSelectSchema(table);

const RANGED: FieldSpec["kind"][] = ["number", "date", "timestamp"];
const FILTER_HELP: Record<FieldSpec["kind"], string> = {
  text: "Equals, ignoring case",
  enum: "One of the values; comma separates several",
  uuid: "Id; comma separates several",
  number: "Equals",
  date: "Equals (YYYY-MM-DD)",
  timestamp: "Equals (ISO 8601)",
  boolean: "true or false",
  tags: "Has this tag",
};

/**
 * Query input of a list: limit, cursor, sort, q and trash, one filter per field of the list spec
 * (`[gte]`/`[lte]` for numbers and dates), and `cf.<key>` for custom fields. The list engine checks
 * each value against its field.
 */
export function listInput(spec: ListSpec) {
  const filters: Record<string, z.ZodOptional<z.ZodString>> = {};
  for (const [name, field] of Object.entries(spec.fields)) {
    const describe = (help: string) =>
      text()
        .optional()
        .describe(field.values ? `${help}: ${field.values.join(", ")}` : help);
    filters[name] = describe(FILTER_HELP[field.kind]);
    if (RANGED.includes(field.kind)) {
      filters[`${name}[gte]`] = describe("At least");
      filters[`${name}[lte]`] = describe("At most");
    }
  }
  const sortable = Object.entries(spec.fields)
    .filter(([, field]) => field.sortable)
    .map(([name]) => name);
  return z
    .object({
      limit: z.string().optional().describe("Page size, 1–200 (default 50)"),
      cursor: text().optional().describe("nextCursor of the previous page"),
      sort: text()
        .optional()
        .describe(`field or -field: ${sortable.join(", ")}, cf.<key> (default ${spec.defaultSort})`),
      q: text().optional().describe("Text search"),
      trash: z.enum(["true", "false"]).optional().describe("true: the records in the trash"),
      ...filters,
    })
    .catchall(text().describe("cf.<key>: a custom field's value"));
}

/** A list page: the rows, the cursor of the next page and how many rows the filters select. */
export const listPageOutput = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    nextCursor: z.string().nullable(),
    total: z
      .number()
      .int()
      .min(0)
      .describe(
        `How many records the filters select over all pages: exact up to ${EXACT_COUNT_LIMIT.toLocaleString("en")}, beyond that the database's estimate`,
      ),
    totalIsEstimate: z.boolean().describe("true when `total` is an estimate"),
  });
