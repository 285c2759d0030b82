import { type AnyColumn, Column, type SQL, sql } from "drizzle-orm";
import type { FieldErrors } from "../../platform/errors";
import { companies } from "../companies/tables";
import type { CustomFieldDefinition } from "../custom-fields/tables";
import { deals } from "../deals/tables";
import type { RecordObject } from "../records/enums";
import type { FieldSpec, ListSpec } from "../records/list-query";
import { DATE_BUCKETS, type DateBucket, type ReportDefinition } from "./schemas";

// What a report definition's names mean in SQL: each group key and the measure are a field of the
// record type's list spec (the fields its list filters and sorts by) or one of its custom fields.

/** Money columns: amounts in minor units of the currency in the paired column, summed per currency. */
const MONEY: Partial<Record<RecordObject, Record<string, (orgCurrency: string) => SQL>>> = {
  deals: { value: () => sql`${deals.currency}` },
  companies: { annualRevenue: (org) => sql`coalesce(${companies.annualRevenueCurrency}, ${org})` },
};

export type ReportGroup = { name: string; expr: SQL };
export type ReportMeasure = {
  fn: ReportDefinition["measure"]["fn"];
  /** The summed or averaged value (null: count rows). */
  expr: SQL | null;
  /** The currency of each row's amount, for money (summed per currency, converted afterwards). */
  currency: SQL | null;
};
export type ResolvedReport = { groups: ReportGroup[]; measure: ReportMeasure };

type Options = {
  spec: ListSpec;
  customFields: CustomFieldDefinition[];
  timeZone: string;
  orgCurrency: string;
};

const GROUPABLE: readonly FieldSpec["kind"][] = ["text", "enum", "uuid", "number", "boolean"];

const fieldOf = (spec: ListSpec, name: string): FieldSpec | undefined =>
  Object.hasOwn(spec.fields, name) ? spec.fields[name] : undefined;

function customColumn(spec: ListSpec): AnyColumn | null {
  const column: unknown = Reflect.get(spec.table, "custom");
  return column instanceof Column ? column : null;
}

function customField(spec: ListSpec, defs: CustomFieldDefinition[], name: string) {
  if (!name.startsWith("cf.")) return null;
  const key = name.slice(3);
  const column = customColumn(spec);
  const def = defs.find((d) => d.key === key && d.object === spec.object);
  return column && def ? { def, text: sql`(${column} ->> ${key})` } : null;
}

/** The first day of `expr`'s bucket as `YYYY-MM-DD`; a timestamp is cut in the org's time zone. */
function bucketExpr(expr: SQL | AnyColumn, kind: "date" | "timestamp", bucket: DateBucket, tz: string): SQL {
  const local = kind === "timestamp" ? sql`(${expr} at time zone ${tz})` : sql`(${expr})::timestamp`;
  return sql`to_char(date_trunc(${bucket}, ${local}), 'YYYY-MM-DD')`;
}

/** A group's field: a list-spec field, or a custom field read from the record's `custom` values. */
function sourceOf(
  spec: ListSpec,
  defs: CustomFieldDefinition[],
  name: string,
): { kind: FieldSpec["kind"]; expr: SQL | AnyColumn } | null {
  const custom = customField(spec, defs, name);
  if (custom) {
    const type = custom.def.type;
    if (type === "date") return { kind: "date", expr: sql`${custom.text}::date` };
    if (type === "multiselect") return { kind: "tags", expr: custom.text };
    if (type === "checkbox") return { kind: "boolean", expr: sql`coalesce(${custom.text}::boolean, false)` };
    if (type === "number" || type === "money") return { kind: "number", expr: sql`${custom.text}::numeric` };
    return { kind: "text", expr: custom.text };
  }
  const field = fieldOf(spec, name);
  return field ? { kind: field.kind, expr: field.column } : null;
}

const isBucket = (value: string): value is DateBucket => (DATE_BUCKETS as readonly string[]).includes(value);

function resolveGroup(options: Options, entry: string): SQL | string {
  const { spec, customFields, timeZone } = options;
  const [name = "", bucket, ...rest] = entry.split(":");
  if (rest.length > 0 || (bucket !== undefined && !isBucket(bucket)))
    return `Use a bucket of ${DATE_BUCKETS.join(", ")} after a date field (createdAt:month)`;
  const source = sourceOf(spec, customFields, name);
  if (!source) return `Unknown field ${name}`;
  const { kind, expr } = source;
  if (kind === "date" || kind === "timestamp") {
    if (bucket === undefined) return `Add a bucket: ${name}:${DATE_BUCKETS.join(` | ${name}:`)}`;
    return bucketExpr(expr, kind, bucket, timeZone);
  }
  if (bucket !== undefined) return `${name} is not a date: it takes no bucket`;
  if (!GROUPABLE.includes(kind)) return `Cannot group by ${name}`;
  // Keys answer as JSON scalars: ids and enums as text, numbers as numbers, booleans as booleans.
  if (kind === "number") return sql`(${expr})::float8`;
  if (kind === "boolean") return sql`${expr}`;
  return sql`(${expr})::text`;
}

function resolveMeasure(options: Options, measure: ReportDefinition["measure"]): ReportMeasure | string {
  const { spec, customFields, orgCurrency } = options;
  if (measure.fn === "count") {
    return measure.field === undefined
      ? { fn: "count", expr: null, currency: null }
      : "count takes no field (it counts records)";
  }
  const name = measure.field;
  if (name === undefined) return `${measure.fn} needs a number field`;
  const custom = customField(spec, customFields, name);
  if (custom) {
    if (custom.def.type !== "number" && custom.def.type !== "money") return `${name} is not a number field`;
    // Custom money fields hold minor units of the org currency.
    return { fn: measure.fn, expr: sql`${custom.text}::numeric`, currency: null };
  }
  const field = fieldOf(spec, name);
  if (!field) return `Unknown field ${name}`;
  if (field.kind !== "number") return `${name} is not a number field`;
  const currency = MONEY[spec.object]?.[name];
  return { fn: measure.fn, expr: sql`${field.column}`, currency: currency ? currency(orgCurrency) : null };
}

/** The definition's groups and measure as SQL, or every unknown or unfit name as a field error. */
export function resolveReport(
  options: Options,
  definition: ReportDefinition,
): { ok: true; report: ResolvedReport } | { ok: false; fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {};
  const groups: ReportGroup[] = [];
  definition.groupBy.forEach((entry, index) => {
    const resolved =
      definition.groupBy.indexOf(entry) < index ? "Grouped by twice" : resolveGroup(options, entry);
    if (typeof resolved === "string") fieldErrors[`groupBy.${index}`] = [resolved];
    else groups.push({ name: entry, expr: resolved });
  });
  if (definition.groupBy.includes("value") || definition.groupBy.includes("unconverted")) {
    const index = definition.groupBy.findIndex((entry) => entry === "value" || entry === "unconverted");
    fieldErrors[`groupBy.${index}`] ??= ["A group named value or unconverted would hide the measure"];
  }
  const measure = resolveMeasure(options, definition.measure);
  if (typeof measure === "string") fieldErrors["measure.field"] = [measure];
  if (Object.keys(fieldErrors).length > 0 || typeof measure === "string") return { ok: false, fieldErrors };
  return { ok: true, report: { groups, measure } };
}
