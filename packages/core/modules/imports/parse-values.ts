import { SIZE_BANDS, type SizeBand } from "../records/enums";

// Text from a spreadsheet cell → typed values, accepting the formats exports of other CRMs use.

/** "1,234.50", "1.234,50", "€ 99", "25%" → a number; undefined when it is none. */
export function parseDecimal(raw: string): number | undefined {
  let text = raw.replace(/[\s\u00a0'%]|[^\d.,-]/g, "");
  if (!/\d/.test(text)) return undefined;
  const comma = text.lastIndexOf(",");
  const dot = text.lastIndexOf(".");
  if (comma >= 0 && dot >= 0) {
    // The later separator is the decimal one.
    text = comma > dot ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "");
  } else if (comma >= 0) {
    // "1,5" or "12,50" is a decimal comma; "1,234" or "1,234,567" groups thousands.
    text =
      /,\d{3}(,|$)/.test(text) && !/,\d{1,2}$/.test(text) ? text.replace(/,/g, "") : text.replace(",", ".");
  }
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Amount in major units → integer minor units (cents). */
export function parseMoney(raw: string): number | undefined {
  const value = parseDecimal(raw);
  return value === undefined ? undefined : Math.round(value * 100);
}

const TRUE = new Set(["true", "yes", "y", "1", "x", "ja", "wahr", "on"]);
const FALSE = new Set(["false", "no", "n", "0", "nein", "falsch", "off", ""]);

export function parseBoolean(raw: string): boolean | undefined {
  const value = raw.trim().toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A calendar date as YYYY-MM-DD from "2024-03-05", "2024-03-05T10:00:00Z", "03/05/2024" (US,
 * month first unless the first number is over 12) or "05.03.2024" (day first). Undefined when invalid.
 */
export function parseDate(raw: string): string | undefined {
  const value = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(value);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(value);
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(value);
  let parts: [number, number, number];
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dotted) parts = [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])];
  else if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    parts = a > 12 ? [Number(slashed[3]), b, a] : [Number(slashed[3]), a, b];
  } else return undefined;
  const [y, m, d] = parts;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** "51-200" as is, or a head count ("120", "1,000") → its size band. */
export function parseSizeBand(raw: string): SizeBand | undefined {
  const value = raw.trim().replace(/\s/g, "");
  if ((SIZE_BANDS as readonly string[]).includes(value)) return value as SizeBand;
  const count = parseDecimal(value.split(/[-–]/).pop() ?? "");
  if (count === undefined || count < 0) return undefined;
  if (count <= 10) return "1-10";
  if (count <= 50) return "11-50";
  if (count <= 200) return "51-200";
  if (count <= 1000) return "201-1000";
  if (count <= 5000) return "1001-5000";
  return "5000+";
}

export const splitList = (raw: string): string[] =>
  raw
    .split(/[;,]/)
    .map((v) => v.trim())
    .filter(Boolean);

/** "Jane van der Berg" → first "Jane", last "van der Berg". */
export function splitFullName(raw: string): { firstName: string; lastName: string } {
  const value = raw.trim().replace(/\s+/g, " ");
  const comma = /^([^,]+),\s*(.+)$/.exec(value); // "Berg, Jane"
  if (comma?.[1] && comma[2]) return { firstName: comma[2], lastName: comma[1] };
  const space = value.indexOf(" ");
  return space < 0
    ? { firstName: value, lastName: "" }
    : { firstName: value.slice(0, space), lastName: value.slice(space + 1) };
}

// Status names of other CRMs (HubSpot lead status, Salesforce/Zoho lead status) → ours.
const CONTACT_STATUS: Record<string, "new" | "contacted" | "qualified" | "unqualified"> = {
  new: "new",
  open: "new",
  notcontacted: "new",
  contacted: "contacted",
  attemptedtocontact: "contacted",
  connected: "contacted",
  inprogress: "contacted",
  working: "contacted",
  workingcontacted: "contacted",
  qualified: "qualified",
  opendeal: "qualified",
  unqualified: "unqualified",
  disqualified: "unqualified",
  badtiming: "unqualified",
  junklead: "unqualified",
  closednotconverted: "unqualified",
};
const LEAD_STATUS: Record<string, "new" | "working" | "qualified" | "disqualified"> = {
  new: "new",
  open: "new",
  opennotcontacted: "new",
  notcontacted: "new",
  working: "working",
  workingcontacted: "working",
  contacted: "working",
  attemptedtocontact: "working",
  contactinfuture: "working",
  inprogress: "working",
  qualified: "qualified",
  prequalified: "qualified",
  disqualified: "disqualified",
  unqualified: "disqualified",
  junklead: "disqualified",
  lostlead: "disqualified",
  closednotconverted: "disqualified",
};
const statusKey = (raw: string) => raw.toLowerCase().replace(/[^a-z]/g, "");
/** Unknown values are passed on as typed, so validation names them. */
export const parseContactStatus = (raw: string): string => CONTACT_STATUS[statusKey(raw)] ?? raw;
export const parseLeadStatus = (raw: string): string => LEAD_STATUS[statusKey(raw)] ?? raw;
