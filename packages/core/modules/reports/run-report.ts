import { eq, type SQL, sql } from "drizzle-orm";
import { executeRows } from "../../db/execute-rows";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError, type FieldErrors } from "../../platform/errors";
import { convertMinor, type RatesToOrg } from "../../platform/money";
import { assertCan } from "../../platform/permissions";
import { listCustomFieldDefs } from "../custom-fields/custom-values";
import { currentRatesJson, ratesFromJson } from "../exchange-rates/rate-queries";
import { orgSettings } from "../orgs/tables";
import { buildListQuery, type ListFilters } from "../records/list-query";
import { recordType } from "../records/record-types";
import { type ReportMeasure, resolveReport } from "./report-fields";
import { MAX_REPORT_GROUPS, type ReportDefinition, type ReportRow } from "./schemas";

/** List parameters that page or sort a list: they mean nothing to an aggregate. */
const NOT_FILTERS = new Set(["limit", "cursor", "sort", "trash"]);

type Row = Record<string, unknown> & { cur?: string | null; v: unknown; n: unknown };
type Group = { keys: unknown[]; parts: { currency: string | null; sum: number; count: number }[] };

/**
 * Runs a report definition: the records its filters select, as the caller may see them (the list
 * engine's own conditions, visibility included), grouped and measured in one SQL aggregate; no
 * record is loaded. Dates are bucketed in the org's time zone. Money is summed per currency in SQL
 * and each currency's sum converted to the org currency with today's rates (as the board does); a
 * currency without a rate is answered apart in `unconverted`.
 */
export async function runReport(ctx: Ctx, definition: ReportDefinition): Promise<ReportRow[]> {
  assertCan(ctx, "records:read");
  const spec = recordType(definition.object).listSpec;
  const fieldErrors: FieldErrors = {};
  for (const key of Object.keys(definition.filters)) {
    if (NOT_FILTERS.has(key))
      fieldErrors[`filters.${key}`] = ["Not a filter: a report has no pages or order"];
  }
  if (Object.keys(fieldErrors).length > 0) throw invalid(fieldErrors);
  const { q, ...filters }: ListFilters = definition.filters;

  return withOrg(ctx, async (tx) => {
    const [settings] = await tx
      .select({
        currency: orgSettings.defaultCurrency,
        timeZone: orgSettings.timeZone,
        rates: currentRatesJson(orgSettings.orgId, orgSettings.defaultCurrency),
      })
      .from(orgSettings)
      .where(eq(orgSettings.orgId, ctx.orgId));
    const orgCurrency = settings?.currency ?? "USD";
    const usesCustom = [...definition.groupBy, definition.measure.field ?? "", ...Object.keys(filters)].some(
      (name) => name.startsWith("cf."),
    );
    const customFields = usesCustom ? await listCustomFieldDefs(tx, ctx, definition.object) : [];
    const resolved = resolveReport(
      { spec, customFields, timeZone: settings?.timeZone ?? "UTC", orgCurrency },
      definition,
    );
    const filtered = filterConditions(ctx, definition, q, filters, customFields);
    if (!resolved.ok || !filtered.ok) {
      throw invalid({
        ...(resolved.ok ? {} : resolved.fieldErrors),
        ...(filtered.ok ? {} : filtered.fieldErrors),
      });
    }
    const { where } = filtered;
    const { groups, measure } = resolved.report;

    const columns = [
      ...groups.map((group, i) => sql`${group.expr} as ${sql.identifier(`g${i}`)}`),
      ...(measure.currency ? [sql`${measure.currency} as "cur"`] : []),
      sql`${aggregate(measure)} as "v"`,
      sql`count(${measure.expr ?? sql`*`})::float8 as "n"`,
    ];
    const grouped = groups.length + (measure.currency ? 1 : 0);
    const ordinals = sql.raw(Array.from({ length: grouped }, (_, i) => String(i + 1)).join(", "));
    // Each group can come once per currency; one row more than allowed says there are too many.
    const rowLimit = MAX_REPORT_GROUPS * (measure.currency ? 20 : 1) + 1;
    const rows = await executeRows<Row>(
      tx,
      grouped === 0
        ? sql`select ${sql.join(columns, sql`, `)} from ${spec.table} where ${where}`
        : sql`select ${sql.join(columns, sql`, `)} from ${spec.table} where ${where}
          group by ${ordinals} order by ${ordinals} limit ${rowLimit}`,
    );
    const merged = mergeCurrencies(rows, groups.length);
    if (rows.length === rowLimit || merged.length > MAX_REPORT_GROUPS) {
      throw invalid({
        groupBy: [`More than ${MAX_REPORT_GROUPS} groups: group by fewer fields or a coarser date bucket`],
      });
    }
    const rates = ratesFromJson(settings?.rates);
    const answer = merged.map((group) => {
      const row: ReportRow = { value: null };
      groups.forEach((g, i) => {
        row[g.name] = toKey(group.keys[i]);
      });
      Object.assign(row, measureValue(measure, group, orgCurrency, rates));
      return row;
    });
    // An aggregate without groups over no money rows still answers its one (empty) total.
    if (groups.length === 0 && answer.length === 0) {
      return [{ value: measure.fn === "avg" ? null : 0 }];
    }
    return answer;
  });
}

const invalid = (fieldErrors: FieldErrors) =>
  new AppError("unprocessable", "The report definition has invalid fields", { fieldErrors });

/**
 * The list engine's WHERE clause for these filters (visibility, record and custom field filters,
 * search). Its field errors name the filter as the definition does (`filters.ownerId`).
 */
function filterConditions(
  ctx: Ctx,
  definition: ReportDefinition,
  q: string | undefined,
  filters: ListFilters,
  customFields: Parameters<typeof buildListQuery>[4],
): { ok: true; where: SQL } | { ok: false; fieldErrors: FieldErrors } {
  const spec = recordType(definition.object).listSpec;
  try {
    return { ok: true, where: buildListQuery(ctx, spec, { limit: 1, q }, filters, customFields).filterWhere };
  } catch (error) {
    if (!(error instanceof AppError) || !error.fieldErrors) throw error;
    const named = Object.entries(error.fieldErrors).map(([key, messages]) => [`filters.${key}`, messages]);
    return { ok: false, fieldErrors: Object.fromEntries(named) };
  }
}

function aggregate(measure: ReportMeasure): SQL {
  if (!measure.expr) return sql`count(*)::float8`;
  // Money is added up per currency here and averaged after conversion, so both take the sum.
  if (measure.fn === "sum" || measure.currency) return sql`sum(${measure.expr})::float8`;
  return sql`avg(${measure.expr})::float8`;
}

/** Rows of one group in several currencies (they come next to each other, ordered) as one group. */
function mergeCurrencies(rows: Row[], keyCount: number): Group[] {
  const out: Group[] = [];
  let last: { signature: string; group: Group } | null = null;
  for (const row of rows) {
    const keys = Array.from({ length: keyCount }, (_, i) => row[`g${i}`]);
    const signature = JSON.stringify(keys);
    const part = { currency: row.cur ?? null, sum: Number(row.v ?? 0), count: Number(row.n) };
    if (last && last.signature === signature) last.group.parts.push(part);
    else {
      last = { signature, group: { keys, parts: [part] } };
      out.push(last.group);
    }
  }
  return out;
}

function measureValue(
  measure: ReportMeasure,
  group: Group,
  orgCurrency: string,
  rates: RatesToOrg,
): Pick<ReportRow, "value" | "unconverted"> {
  const [first] = group.parts;
  if (!measure.currency) {
    // One part: the SQL aggregate itself (an average of only empty values is null).
    const value =
      first && (first.count > 0 || measure.fn === "count" || measure.fn === "sum") ? first.sum : null;
    return { value: measure.fn === "sum" ? (value ?? 0) : value };
  }
  let sum = 0;
  let count = 0;
  const unconverted: NonNullable<ReportRow["unconverted"]> = [];
  for (const part of group.parts) {
    const currency = part.currency ?? orgCurrency;
    const rate = currency === orgCurrency ? 1 : rates[currency];
    if (rate === undefined || !(rate > 0)) {
      unconverted.push({ currency, value: part.sum, count: part.count });
      continue;
    }
    sum += convertMinor(part.sum, currency, orgCurrency, rate);
    count += part.count;
  }
  const value = measure.fn === "sum" ? sum : count > 0 ? Math.round(sum / count) : null;
  return unconverted.length > 0 ? { value, unconverted } : { value };
}

/** A group key as JSON: bigint and numeric text from the driver become numbers where the SQL made them so. */
function toKey(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}
