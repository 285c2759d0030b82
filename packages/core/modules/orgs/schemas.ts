import { z } from "zod";
import { ROLES } from "./tables";

export const roleSchema = z.enum(ROLES);

export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "Use a three-letter ISO 4217 code, such as EUR");

export const timeZoneSchema = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, "Unknown time zone");

export const passwordSchema = z.string().min(8, "At least 8 characters").max(128);

export const createOrgWithAdminSchema = z.object({
  orgName: z.string().trim().min(2, "At least 2 characters").max(100),
  name: z.string().trim().min(1, "Required").max(100),
  email: z.email("Enter a valid email address").trim().toLowerCase(),
  password: passwordSchema,
  locale: z.enum(["en", "de"]).optional(),
  defaultCurrency: currencySchema.default("USD"),
  timeZone: timeZoneSchema.default("UTC"),
});
export type CreateOrgWithAdminInput = z.input<typeof createOrgWithAdminSchema>;

export const updateOrgSettingsSchema = z.object({
  name: z.string().trim().min(2, "At least 2 characters").max(100),
  defaultCurrency: currencySchema,
  timeZone: timeZoneSchema,
});
export type UpdateOrgSettingsInput = z.input<typeof updateOrgSettingsSchema>;
