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
