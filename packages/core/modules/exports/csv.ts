// CSV as RFC 4180 describes it (CRLF lines, fields quoted when they hold a quote, comma or line
// break), with a guard against formula injection: a spreadsheet runs a cell that starts with
// = + - @ (or a tab/carriage return before one) as a formula, so such text gets a leading quote.

export type Cell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The text a value exports as: dates as ISO 8601 UTC, empty for null. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Text that a spreadsheet would run as a formula, made inert. Numbers are data, never guarded. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: Cell): string {
  const text = typeof value === "string" ? guardFormula(value) : cellText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly Cell[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** Byte order mark, so spreadsheet programs read the file as UTF-8. */
export const CSV_BOM = "\uFEFF";
