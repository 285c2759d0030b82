import { z } from "zod";
import { text } from "../../platform/validation";
import { SIZE_BANDS } from "../records/enums";
import {
  currencyCodeSchema,
  customInputSchema,
  moneySchema,
  optionalText,
  tagsSchema,
} from "../records/schemas";

/**
 * The bare host of a domain or URL, so "https://www.Acme.com/about" and "acme.com" match:
 * lowercase, punycode, no scheme, credentials, port, path or leading "www.". Null when it is no domain.
 */
export function normalizeDomain(raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, "").replace(/^www\./, "");
  return /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(host) ? host : null;
}

// An empty string clears the domain (forms send "" for an emptied input).
const domainSchema = z
  .string()
  .max(2000)
  .transform((value, ctx) => {
    if (!value.trim()) return null;
    const domain = normalizeDomain(value);
    if (domain) return domain;
    ctx.addIssue({ code: "custom", params: { i18n: "invalid" }, input: value });
    return z.NEVER;
  });

// A website without a scheme ("acme.com") is taken as https.
const websiteSchema = z
  .string()
  .trim()
  .max(2000)
  .transform((v) => (v && !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? `https://${v}` : v))
  .pipe(z.union([z.literal(""), z.url({ protocol: /^https?$/ })]))
  .transform((v) => v || null);

// Empty parts are left out rather than stored as "" or null.
const addressPart = (max: number) =>
  text()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || undefined);

export const addressSchema = z.object({
  street: addressPart(200),
  city: addressPart(100),
  region: addressPart(100),
  postalCode: addressPart(20),
  country: addressPart(100),
});

// Without defaults: a PATCH must leave out what it does not change (the database has the defaults).
const fields = {
  name: text().trim().min(1).max(200),
  domain: domainSchema.nullish(),
  website: websiteSchema.nullish(),
  industry: optionalText(100),
  sizeBand: z.enum(SIZE_BANDS).nullish(),
  annualRevenue: moneySchema.nullish(),
  annualRevenueCurrency: currencyCodeSchema.nullish(),
  phone: optionalText(40),
  address: addressSchema.nullish(),
  ownerId: z.uuid().nullish(),
  tags: tagsSchema,
  custom: customInputSchema,
};

/** Revenue without its currency is meaningless; a PATCH may rely on the currency already stored. */
export function revenueNeedsCurrency(annualRevenue: unknown, annualRevenueCurrency: unknown): boolean {
  return annualRevenue !== null && annualRevenue !== undefined && !annualRevenueCurrency;
}

export const createCompanySchema = z
  .object(fields)
  .partial()
  .required({ name: true })
  .superRefine((data, ctx) => {
    if (revenueNeedsCurrency(data.annualRevenue, data.annualRevenueCurrency)) {
      ctx.addIssue({ code: "custom", path: ["annualRevenueCurrency"], params: { i18n: "required" } });
    }
  });
export type CreateCompanyInput = z.input<typeof createCompanySchema>;
export type CreateCompanyData = z.output<typeof createCompanySchema>;

export const updateCompanySchema = z.object(fields).partial();
export type UpdateCompanyInput = z.input<typeof updateCompanySchema>;
export type UpdateCompanyData = z.output<typeof updateCompanySchema>;
