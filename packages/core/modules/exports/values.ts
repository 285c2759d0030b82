import { currencyDigits } from "../../platform/money";
import type { CustomFieldDefinition } from "../custom-fields/tables";
import type { Cell } from "./csv";

// How stored values read in an export: money in major units, lists joined, HTML as plain text.

export function toMajorUnits(minor: number | null | undefined, currency: string | null | undefined): Cell {
  if (minor === null || minor === undefined) return null;
  const digits = currencyDigits(currency ?? "USD");
  return Number((minor / 10 ** digits).toFixed(digits));
}

export const joinList = (values: readonly string[] | null | undefined): string => (values ?? []).join("; ");

/** Stored activity HTML as readable text: block ends become line breaks, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|h[1-6])>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();
}

/** A custom field's value as a cell; money custom fields are minor units of the org's currency. */
export function customCell(def: CustomFieldDefinition, raw: unknown, orgCurrency: string): Cell {
  if (raw === null || raw === undefined) return null;
  if (def.type === "money" && typeof raw === "number") return toMajorUnits(raw, orgCurrency);
  if (Array.isArray(raw)) return joinList(raw.map(String));
  if (typeof raw === "number" || typeof raw === "boolean" || typeof raw === "string") return raw;
  return JSON.stringify(raw);
}
