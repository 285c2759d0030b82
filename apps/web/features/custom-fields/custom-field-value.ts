import type { CustomFieldDefinition } from "@crm/core/modules/custom-fields/tables";

// How a custom value travels between its stored form (API, database) and what an input holds.

export type CustomDef = Pick<CustomFieldDefinition, "id" | "key" | "label" | "type" | "options" | "required">;
/** What an input holds: text for most types, a flag for checkboxes, a list for multi-selects. */
export type RawValue = string | boolean | string[];

/** Money is stored in minor units; people type major units (12.50). */
export function toRaw(def: CustomDef, value: unknown): RawValue {
  if (def.type === "checkbox") return value === true;
  if (def.type === "multiselect") return Array.isArray(value) ? value.map(String) : [];
  if (value === null || value === undefined) return "";
  if (def.type === "money" && typeof value === "number") return (value / 100).toFixed(2);
  return String(value);
}

/** The stored value for an input's content; null means "no value". Unparseable text stays text (the schema refuses it). */
export function fromRaw(def: CustomDef, raw: RawValue | undefined): unknown {
  if (def.type === "checkbox") return raw === true;
  if (def.type === "multiselect") return Array.isArray(raw) && raw.length > 0 ? raw : null;
  const text = typeof raw === "string" ? raw.trim() : "";
  if (text === "") return null;
  if (def.type === "number") {
    const n = Number(text.replace(",", "."));
    return Number.isFinite(n) ? n : text;
  }
  if (def.type === "money") {
    const n = Number(text.replace(",", "."));
    return Number.isFinite(n) ? Math.round(n * 100) : text;
  }
  return text;
}

/** A value as lists and read-only views show it. */
export function formatCustomValue(
  def: CustomDef,
  value: unknown,
  labels: { yes: string; no: string },
  locale?: string,
): string | null {
  if (value === null || value === undefined || value === "") return null;
  switch (def.type) {
    case "checkbox":
      return value === true ? labels.yes : labels.no;
    case "multiselect":
      return Array.isArray(value) && value.length > 0 ? value.join(", ") : null;
    case "money":
      return typeof value === "number"
        ? (value / 100).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
        : String(value);
    case "number":
      return typeof value === "number" ? value.toLocaleString(locale) : String(value);
    default:
      return String(value);
  }
}
