import {
  type AnyColumn,
  and,
  arrayContains,
  asc,
  desc,
  eq,
  gte,
  inArray,
  lte,
  type SQL,
  sql,
} from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import {
  isStorableDate,
  isStorableText,
  isStorableTimestamp,
  UNSTORABLE_TEXT_MESSAGE,
} from "../../platform/validation";
import { listCustomFieldDefs } from "../custom-fields/custom-values";
import type { CustomFieldDefinition } from "../custom-fields/tables";
import { countListed, type ListTotal } from "./count-listed";
import { type Cursor, decodeCursor, encodeCursor } from "./cursor";
import type { RecordObject } from "./enums";
import { type RecordTable, visibleRecords } from "./visibility";

// One list engine for every record type: visibility, filters (record and custom fields), search,
// sort and keyset pagination. Nothing ever loads a whole table.

export type FieldSpec = {
  kind: "text" | "enum" | "uuid" | "number" | "date" | "timestamp" | "boolean" | "tags";
  column: AnyColumn;
  values?: readonly string[];
  sortable?: boolean;
  /** For nullable sortable columns: the value NULL sorts as (keeps keyset comparisons total). */
  sortNullAs?: string | number;
};

export type ListSpec = {
  object: RecordObject;
  table: RecordTable & { updatedAt: AnyColumn };
  fields: Record<string, FieldSpec>;
  defaultSort: string;
  search?: (q: string) => SQL;
  /** Replaces the standard record visibility (activities are also visible through their records). */
  visibility?: (ctx: Ctx, options: { trash?: boolean }) => SQL;
};

export const listParamsSchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  sort: z.string().max(100).optional(),
  q: z.string().trim().max(200).optional(),
  trash: z.coerce.boolean().optional(),
});
export type ListParams = z.input<typeof listParamsSchema>;
/** Field filters from a query string: `ownerId=…`, `leadStatus=new,contacted`, `value[gte]=100`, `cf.tier=gold`. */
export type ListFilters = Record<string, string>;

export type Page<T> = { data: T[]; nextCursor: string | null };
/** A record list's page with how many rows its filters select (all pages together). */
export type ListPage<T> = Page<T> & ListTotal;

const RESERVED = new Set(["limit", "cursor", "sort", "q", "trash"]);
const FILTER_KEY = /^(cf\.)?([a-zA-Z][a-zA-Z0-9_]*)(?:\[(gte|lte)\])?$/;

/** The org's custom fields of `object` when the filters or the sort name one; otherwise no query. */
export async function customFieldsForList(
  tx: DbOrTx,
  ctx: Ctx,
  object: RecordObject,
  params: ListParams,
  filters: ListFilters,
): Promise<CustomFieldDefinition[]> {
  const used = Object.keys(filters).some((key) => key.startsWith("cf.")) || /^-?cf\./.test(params.sort ?? "");
  return used ? listCustomFieldDefs(tx, ctx, object) : [];
}

export function buildListQuery(
  ctx: Ctx,
  spec: ListSpec,
  rawParams: ListParams,
  filters: ListFilters,
  customFields: CustomFieldDefinition[] = [],
  /** Internal readers (exports) may read more rows per query than a page of the API allows. */
  options: { maxLimit?: number } = {},
) {
  const schema = options.maxLimit
    ? listParamsSchema.extend({ limit: z.coerce.number().int().min(1).max(options.maxLimit) })
    : listParamsSchema;
  const params = schema.parse(rawParams);
  for (const name of ["cursor", "sort", "q"] as const) {
    if (params[name] !== undefined && !isStorableText(params[name])) {
      throw new AppError("unprocessable", "Invalid list parameters", {
        fieldErrors: { [name]: [UNSTORABLE_TEXT_MESSAGE] },
      });
    }
  }
  const conditions: (SQL | undefined)[] = [
    spec.visibility
      ? spec.visibility(ctx, { trash: params.trash })
      : visibleRecords(ctx, spec.table, spec.object, { trash: params.trash }),
  ];
  const fieldErrors: Record<string, string[]> = {};

  for (const [key, value] of Object.entries(filters)) {
    // PostgreSQL cannot store U+0000 or a lone surrogate: refused here, for reserved parameters too
    // (they reach the export's audit entry, a jsonb), instead of failing in the query.
    if (!isStorableText(key) || !isStorableText(value)) {
      fieldErrors[isStorableText(key) ? key : "_"] = [UNSTORABLE_TEXT_MESSAGE];
      continue;
    }
    if (RESERVED.has(key) || value === "") continue;
    const match = FILTER_KEY.exec(key);
    const [, cf, name, op] = match ?? [];
    if (!name) {
      fieldErrors[key] = ["Unknown filter"];
      continue;
    }
    try {
      conditions.push(
        cf ? customCondition(spec, customFields, name, value, op) : fieldCondition(spec, name, value, op),
      );
    } catch (error) {
      fieldErrors[key] = [error instanceof Error ? error.message : "Invalid filter"];
    }
  }
  if (params.q && spec.search) conditions.push(spec.search(params.q));

  const sortKey = params.sort ?? spec.defaultSort;
  const descending = sortKey.startsWith("-");
  const sortName = descending ? sortKey.slice(1) : sortKey;
  const sort = sortExpression(spec, customFields, sortName);
  if (!sort) fieldErrors.sort = [`Cannot sort by ${sortName}`];
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("unprocessable", "Invalid list parameters", { fieldErrors });
  }
  const { expr, value, check } = sort as NonNullable<typeof sort>;
  // The total counts every page: the cursor's condition is not part of it.
  const countWhere = and(...conditions) as SQL;

  if (params.cursor) {
    // A cursor is opaque but comes from the client: its id and value must be what the columns hold.
    const cursor = decodeCursor(params.cursor, check);
    conditions.push(
      descending
        ? sql`(${expr}, ${spec.table.id}) < (${cursor.v}, ${cursor.id})`
        : sql`(${expr}, ${spec.table.id}) > (${cursor.v}, ${cursor.id})`,
    );
  }

  const order = descending ? [desc(expr), desc(spec.table.id)] : [asc(expr), asc(spec.table.id)];
  return {
    where: and(...conditions) as SQL,
    /** The filters and search alone (no cursor): what totals and sums over the whole list use. */
    filterWhere: countWhere,
    orderBy: order,
    /** Fetch one row more than the page to know whether another page exists. */
    limit: params.limit + 1,
    page<T extends { id: string }>(rows: T[]): Page<T> {
      const data = rows.slice(0, params.limit);
      const last = data[data.length - 1];
      const nextCursor =
        rows.length > params.limit && last
          ? encodeCursor({ v: value(last as T & Record<string, unknown>), id: last.id })
          : null;
      return { data, nextCursor };
    },
    /** How many rows the filters select; no query when the first page already holds them all. */
    async total(tx: DbOrTx, fetchedRows: number): Promise<ListTotal> {
      if (!params.cursor && fetchedRows <= params.limit)
        return { total: fetchedRows, totalIsEstimate: false };
      return countListed(tx, spec.table as unknown as PgTable, countWhere);
    },
  };
}

/** The spec's field called `name`; names from input are never looked up on the prototype (`constructor`). */
const fieldOf = (spec: ListSpec, name: string): FieldSpec | undefined =>
  Object.hasOwn(spec.fields, name) ? spec.fields[name] : undefined;

/** The range of a numeric column's SQL type; a value outside it is refused before the query. */
function numberBounds(column: AnyColumn): { integer: boolean; min: number; max: number } {
  const type = column.getSQLType();
  if (type === "integer") return { integer: true, min: -2_147_483_648, max: 2_147_483_647 };
  if (type === "smallint") return { integer: true, min: -32_768, max: 32_767 };
  if (type === "bigint") return { integer: true, min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };
  return { integer: false, min: -1e15, max: 1e15 };
}

/** Why `value` cannot be compared with `field`'s column, or null when it can. */
function invalidScalar(field: FieldSpec, value: unknown): string | null {
  switch (field.kind) {
    case "number": {
      const { integer, min, max } = numberBounds(field.column);
      if (typeof value !== "number" || !Number.isFinite(value)) return "Not a number";
      if (integer && !Number.isInteger(value)) return "Must be a whole number";
      if (value < min || value > max) return `Must be between ${min} and ${max}`;
      return null;
    }
    case "date":
      return typeof value === "string" && isStorableDate(value) ? null : "Use a date like 2026-01-31";
    case "timestamp":
      return typeof value === "string" && isStorableTimestamp(value)
        ? null
        : "Use an ISO 8601 date or time like 2026-01-31T09:00:00Z";
    case "uuid":
      return typeof value === "string" && z.uuid().safeParse(value).success ? null : "Invalid id";
    case "boolean":
      return typeof value === "boolean" ? null : "Use true or false";
    default:
      return typeof value === "string" ? null : "Invalid value";
  }
}

function fieldCondition(spec: ListSpec, name: string, value: string, op: string | undefined): SQL {
  const field = fieldOf(spec, name);
  if (!field) throw new Error("Unknown filter");
  const list = value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  switch (field.kind) {
    case "enum":
      if (list.some((v) => !field.values?.includes(v)))
        throw new Error(`Use one of: ${field.values?.join(", ")}`);
      return inArray(field.column, list);
    case "uuid":
      if (list.some((v) => invalidScalar(field, v))) throw new Error("Invalid id");
      return list.length === 1 ? eq(field.column, list[0]) : inArray(field.column, list);
    case "tags":
      return arrayContains(field.column, list);
    case "boolean":
      if (!["true", "false"].includes(value)) throw new Error("Use true or false");
      return eq(field.column, value === "true");
    case "number": {
      const n = value.trim() === "" ? Number.NaN : Number(value);
      const problem = invalidScalar(field, n);
      if (problem) throw new Error(problem);
      return op === "gte" ? gte(field.column, n) : op === "lte" ? lte(field.column, n) : eq(field.column, n);
    }
    case "date":
    case "timestamp": {
      const problem = invalidScalar(field, value);
      if (problem) throw new Error(problem);
      // Timestamp columns map JavaScript dates to the driver; date columns take the ISO string.
      const bound = field.kind === "timestamp" ? new Date(value) : value;
      return op === "gte"
        ? gte(field.column, bound)
        : op === "lte"
          ? lte(field.column, bound)
          : eq(field.column, bound);
    }
    default:
      return sql`lower(${field.column}) = lower(${value})`;
  }
}

function customCondition(
  spec: ListSpec,
  defs: CustomFieldDefinition[],
  key: string,
  value: string,
  op: string | undefined,
): SQL {
  const def = defs.find((d) => d.key === key && d.object === spec.object);
  if (!def) throw new Error("Unknown custom field");
  const custom = (spec.table as unknown as { custom: AnyColumn }).custom;
  const text = sql`(${custom} ->> ${key})`;
  switch (def.type) {
    case "number":
    case "money": {
      const n = value.trim() === "" ? Number.NaN : Number(value);
      if (!Number.isFinite(n)) throw new Error("Not a number");
      const num = sql`(${custom} ->> ${key})::numeric`;
      return op === "gte" ? sql`${num} >= ${n}` : op === "lte" ? sql`${num} <= ${n}` : sql`${num} = ${n}`;
    }
    case "date":
      return op === "gte"
        ? sql`${text} >= ${value}`
        : op === "lte"
          ? sql`${text} <= ${value}`
          : sql`${text} = ${value}`;
    case "checkbox":
      return sql`coalesce((${custom} ->> ${key})::boolean, false) = ${value === "true"}`;
    case "multiselect":
      return sql`${custom} -> ${key} @> ${JSON.stringify(value.split(","))}::jsonb`;
    default:
      return sql`lower(${text}) = lower(${value})`;
  }
}

function sortExpression(spec: ListSpec, defs: CustomFieldDefinition[], name: string) {
  if (name.startsWith("cf.")) {
    const key = name.slice(3);
    const def = defs.find((d) => d.key === key && d.object === spec.object);
    if (!def) return null;
    const custom = (spec.table as unknown as { custom: AnyColumn }).custom;
    const numeric = def.type === "number" || def.type === "money";
    const expr = numeric
      ? sql`coalesce((${custom} ->> ${key})::numeric, 0)`
      : sql`coalesce(${custom} ->> ${key}, '')`;
    return {
      expr,
      value: (row: Record<string, unknown>): Cursor["v"] => {
        const raw = (row.custom as Record<string, unknown> | undefined)?.[key];
        return numeric ? Number(raw ?? 0) : String(raw ?? "");
      },
      check: (v: Cursor["v"]) =>
        numeric ? typeof v === "number" && Number.isFinite(v) && Math.abs(v) <= 1e15 : typeof v === "string",
    };
  }
  const field = fieldOf(spec, name);
  if (!field?.sortable) return null;
  const nullAs = field.sortNullAs;
  return {
    expr: nullAs === undefined ? sql`${field.column}` : sql`coalesce(${field.column}, ${nullAs})`,
    check: (v: Cursor["v"]) => invalidScalar(field, v) === null,
    value: (row: Record<string, unknown>): Cursor["v"] => {
      const raw = row[name];
      if (raw instanceof Date) return raw.toISOString();
      if (raw === null || raw === undefined) return nullAs ?? null;
      return raw as Cursor["v"];
    },
  };
}
