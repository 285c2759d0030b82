import type { z } from "zod";
import { isAppError } from "../../platform/errors";
import { createCompanySchema, normalizeDomain } from "../companies/schemas";
import { createContactSchema } from "../contacts/schemas";
import { validateCustomValues } from "../custom-fields/custom-values";
import type { CustomFieldDefinition } from "../custom-fields/tables";
import { createDealSchema } from "../deals/schemas";
import { createLeadSchema } from "../leads/schemas";
import { cleanRecord } from "./clean-text";
import {
  parseBoolean,
  parseContactStatus,
  parseDate,
  parseDecimal,
  parseLeadStatus,
  parseMoney,
  parseSizeBand,
  splitFullName,
  splitList,
} from "./parse-values";
import type { ImportMapping, ImportObject } from "./schemas";

/** Values found by name in the database when the batch runs (company, owner, stage, contact). */
export type RowRefs = {
  companyName?: string;
  owner?: string;
  stage?: string;
  pipeline?: string;
  contactEmail?: string;
};

export type BuiltRow =
  | { row: number; raw: Record<string, string>; ok: true; data: Record<string, unknown>; refs: RowRefs }
  | { row: number; raw: Record<string, string>; ok: false; message: string };

export type BuildOptions = {
  mapping: ImportMapping;
  headers: string[];
  defs: CustomFieldDefinition[];
  /** The org's currency, for revenue given without one. */
  defaultCurrency: string;
};

const CREATE_SCHEMAS: Record<ImportObject, z.ZodType<Record<string, unknown>>> = {
  contacts: createContactSchema,
  companies: createCompanySchema,
  leads: createLeadSchema,
  deals: createDealSchema,
};

/**
 * The row as { header: value }, kept for the error list and the error CSV. Stored as jsonb, so
 * cleaned as the readers clean text; a header such as "__proto__" stays an ordinary key.
 */
export function rawRow(headers: string[], values: string[]): Record<string, string> {
  return cleanRecord(headers.map((header, i) => [header, values[i] ?? ""]));
}

/**
 * Turns one sheet row into the input of the object's create service and validates it with the same
 * zod schema and custom-field rules the service uses. Errors name the field: "email: Enter a valid email address".
 */
export function buildRecord(
  object: ImportObject,
  row: number,
  values: string[],
  options: BuildOptions,
): BuiltRow {
  const raw = rawRow(options.headers, values);
  const fields = new Map<string, string>();
  const custom: Record<string, unknown> = {};
  const problems: string[] = [];
  options.headers.forEach((header, i) => {
    const target = Object.hasOwn(options.mapping, header) ? options.mapping[header] : undefined;
    const value = values[i]?.trim();
    if (!target || !value) return;
    if (target.startsWith("custom.")) {
      const key = target.slice("custom.".length);
      custom[key] = customValue(
        options.defs.find((d) => d.key === key),
        value,
      );
    } else if (!fields.has(target)) fields.set(target, value);
  });
  const { input, refs } = toInput(object, fields, problems, options.defaultCurrency);
  if (Object.keys(custom).length > 0) {
    try {
      input.custom = validateCustomValues(options.defs, custom, { creating: false });
    } catch (error) {
      if (!isAppError(error)) throw error;
      for (const [field, messages] of Object.entries(error.fieldErrors ?? {}))
        problems.push(`${field}: ${messages[0]}`);
    }
  }
  const parsed = CREATE_SCHEMAS[object].safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push(`${issue.path.join(".") || "row"}: ${issue.message}`);
  }
  if (problems.length > 0 || !parsed.success) return { row, raw, ok: false, message: problems.join("; ") };
  return { row, raw, ok: true, data: parsed.data, refs };
}

function customValue(def: CustomFieldDefinition | undefined, value: string): unknown {
  switch (def?.type) {
    case "number":
      return parseDecimal(value) ?? value;
    case "money":
      return parseMoney(value) ?? value;
    case "checkbox":
      return parseBoolean(value) ?? value;
    case "date":
      return parseDate(value) ?? value;
    case "select":
      return def.options.find((o) => o.toLowerCase() === value.toLowerCase()) ?? value;
    case "multiselect":
      return splitList(value).map((v) => def.options.find((o) => o.toLowerCase() === v.toLowerCase()) ?? v);
    default:
      return value;
  }
}

type Converted = { input: Record<string, unknown>; refs: RowRefs };

function toInput(
  object: ImportObject,
  f: Map<string, string>,
  problems: string[],
  currency: string,
): Converted {
  const input: Record<string, unknown> = {};
  const refs: RowRefs = { owner: f.get("owner") };
  const set = (key: string, value: unknown) => {
    if (value !== undefined) input[key] = value;
  };
  const tags = f.get("tags");
  if (tags) input.tags = splitList(tags);
  const typed = <T>(field: string, parse: (raw: string) => T | undefined): T | undefined => {
    const raw = f.get(field);
    if (raw === undefined) return undefined;
    const value = parse(raw);
    if (value === undefined) problems.push(`${field}: Invalid value "${raw}"`);
    return value;
  };
  switch (object) {
    case "contacts": {
      const full = f.get("fullName") ? splitFullName(f.get("fullName") ?? "") : undefined;
      set("firstName", f.get("firstName") ?? full?.firstName);
      set("lastName", f.get("lastName") ?? full?.lastName);
      set("email", f.get("email"));
      const phones = [
        ...(f.get("phone") ? [{ label: "work", number: f.get("phone") }] : []),
        ...(f.get("mobile") ? [{ label: "mobile", number: f.get("mobile") }] : []),
      ];
      if (phones.length > 0) input.phones = phones;
      set("title", f.get("title"));
      set("source", f.get("source"));
      const status = f.get("leadStatus");
      if (status) input.leadStatus = parseContactStatus(status);
      set("doNotContact", typed("doNotContact", parseBoolean));
      refs.companyName = f.get("companyName");
      break;
    }
    case "companies": {
      set("name", f.get("name"));
      const website = f.get("website");
      set("website", website);
      set("domain", f.get("domain") ?? (website ? (normalizeDomain(website) ?? undefined) : undefined));
      set("industry", f.get("industry"));
      set("phone", f.get("phone"));
      const address = {
        street: f.get("street"),
        city: f.get("city"),
        region: f.get("region"),
        postalCode: f.get("postalCode"),
        country: f.get("country"),
      };
      if (Object.values(address).some(Boolean)) input.address = address;
      set("sizeBand", typed("employees", parseSizeBand));
      const revenue = typed("annualRevenue", parseMoney);
      set("annualRevenue", revenue);
      set("annualRevenueCurrency", f.get("currency") ?? (revenue === undefined ? undefined : currency));
      break;
    }
    case "leads": {
      const parts = [f.get("firstName"), f.get("lastName")].filter(Boolean).join(" ");
      set("name", parts || f.get("name"));
      set("email", f.get("email"));
      set("phone", f.get("phone"));
      set("companyName", f.get("companyName"));
      set("source", f.get("source"));
      const status = f.get("status");
      if (status) input.status = parseLeadStatus(status);
      break;
    }
    case "deals": {
      set("title", f.get("title"));
      set("value", typed("value", parseMoney));
      set("currency", f.get("currency"));
      set("expectedCloseDate", typed("expectedCloseDate", parseDate));
      const probability = typed("probability", parseDecimal);
      set("probability", probability === undefined ? undefined : Math.round(probability));
      refs.companyName = f.get("companyName");
      refs.stage = f.get("stage");
      refs.pipeline = f.get("pipeline");
      refs.contactEmail = f.get("contactEmail")?.toLowerCase();
      break;
    }
  }
  return { input, refs };
}
