import { z } from "zod";

// Validation messages come from one error map instead of strings in each schema, so the UI can
// show them in the user's language (the client installs a translated map) and the API in English.

export type ValidationKey =
  | "required"
  | "tooShort"
  | "tooLong"
  | "tooSmall"
  | "tooBig"
  | "invalidEmail"
  | "invalidUrl"
  | "invalidChoice"
  | "currency"
  | "timeZone"
  | "invalid";

export type Translate = (key: ValidationKey, values?: Record<string, string | number>) => string;

const english: Record<ValidationKey, string> = {
  required: "Required",
  tooShort: "At least {minimum} characters",
  tooLong: "At most {maximum} characters",
  tooSmall: "Must be at least {minimum}",
  tooBig: "Must be at most {maximum}",
  invalidEmail: "Enter a valid email address",
  invalidUrl: "Enter a valid URL",
  invalidChoice: "Choose one of the options",
  currency: "Use a three-letter ISO 4217 code, such as EUR",
  timeZone: "Unknown time zone",
  invalid: "Invalid value",
};

export const translateEnglish: Translate = (key, values = {}) =>
  english[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));

type Issue = Parameters<NonNullable<NonNullable<Parameters<typeof z.config>[0]>["customError"]>>[0];

export function validationKey(issue: Issue): [ValidationKey, Record<string, string | number>?] {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1 ? ["required"] : ["tooShort", { minimum: Number(issue.minimum) }];
      }
      return ["tooSmall", { minimum: Number(issue.minimum) }];
    case "too_big":
      return issue.origin === "string"
        ? ["tooLong", { maximum: Number(issue.maximum) }]
        : ["tooBig", { maximum: Number(issue.maximum) }];
    case "invalid_format":
      if (issue.format === "email") return ["invalidEmail"];
      if (issue.format === "url") return ["invalidUrl"];
      return ["invalid"];
    case "invalid_value":
      return ["invalidChoice"];
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === ""
        ? ["required"]
        : ["invalid"];
    case "custom": {
      const key = (issue.params as { i18n?: ValidationKey } | undefined)?.i18n;
      return [key ?? "invalid"];
    }
    default:
      return ["invalid"];
  }
}

export function installValidationMessages(translate: Translate): void {
  z.config({
    customError: (issue) => {
      const [key, values] = validationKey(issue);
      return translate(key, values);
    },
  });
}

installValidationMessages(translateEnglish);

// Input PostgreSQL cannot store or read. Checked at the edge, so a bad value is a 422 naming the
// field instead of a database error (a 500) deep inside a service.

/** PostgreSQL text cannot hold U+0000. */
export const hasNul = (value: string): boolean => value.includes("\u0000");

// In a regular expression with the u flag a surrogate pair is one code point, so this matches only
// a lone surrogate: what `String.prototype.isWellFormed` refuses (which older browsers lack, and this
// module also validates forms in the browser).
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Text PostgreSQL can store as sent: no U+0000 (text and jsonb cannot hold it) and well-formed
 * UTF-16 (jsonb refuses a lone surrogate as "invalid input syntax for type json", text turns it into
 * U+FFFD).
 */
export const isStorableText = (value: string): boolean => !hasNul(value) && !LONE_SURROGATE.test(value);

export const UNSTORABLE_TEXT_MESSAGE = "Must not contain the character U+0000 or a lone UTF-16 surrogate";

/** A string schema that refuses text PostgreSQL cannot store. Use instead of `z.string()` for input. */
export const text = () => z.string().refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

/**
 * Every string or key in a JSON value PostgreSQL cannot store (U+0000, a lone surrogate), by path
 * (`name`, `tags.1`, `custom.tier`), so a whole body can be refused at the edge before any schema or
 * service sees it.
 */
export function unstorableTextPaths(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (found.length >= 20) return found;
  if (typeof value === "string") {
    if (!isStorableText(value)) found.push(path.join(".") || "_");
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) unstorableTextPaths(item, [...path, String(index)], found);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key)) found.push(printablePath([...path, key]));
      else unstorableTextPaths(item, [...path, key], found);
    }
  }
  return found;
}

/** A path with a key that cannot be stored, escaped (`k\\u0000`): the path goes into a response. */
const printablePath = (path: string[]): string =>
  path
    .join(".")
    .replace(/\p{Cc}|\p{Surrogate}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

export const unstorableTextFieldErrors = (paths: string[]): Record<string, string[]> =>
  Object.fromEntries(paths.map((path) => [path, [UNSTORABLE_TEXT_MESSAGE]]));

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** A calendar date `YYYY-MM-DD` PostgreSQL accepts (years 1–9999; JavaScript also takes `0` or `+275760-09-13`). */
export function isStorableDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO 8601 date or date-time PostgreSQL accepts as a timestamp, in years 1–9999 (in UTC as well). */
export function isStorableTimestamp(value: string): boolean {
  const match = TIMESTAMP.exec(value);
  if (!match || !isStorableDate(`${match[1]}-${match[2]}-${match[3]}`)) return false;
  const time = new Date(value).getTime();
  if (Number.isNaN(time)) return false;
  const year = new Date(time).getUTCFullYear();
  return year >= 1 && year <= 9999;
}

/** `YYYY-MM-DD` that PostgreSQL can store (zod's `z.iso.date()` also takes year 0000). */
export const isoDate = () => z.iso.date().refine(isStorableDate);

/** An ISO 8601 date-time with offset that PostgreSQL can store. */
export const isoDateTime = () => z.iso.datetime({ offset: true }).refine(isStorableTimestamp);
