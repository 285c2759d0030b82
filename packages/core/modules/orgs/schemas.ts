import { z } from "zod";
import "../../platform/validation";
import { ROLES } from "./roles";

export const roleSchema = z.enum(ROLES);

export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => /^[A-Z]{3}$/.test(v), { params: { i18n: "currency" } });

export const timeZoneSchema = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { params: { i18n: "timeZone" } },
);

export const passwordSchema = z.string().min(8).max(128);

export const createOrgWithAdminSchema = z.object({
  orgName: z.string().trim().min(2).max(100),
  name: z.string().trim().min(1).max(100),
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: passwordSchema,
  locale: z.enum(["en", "de"]).optional(),
  defaultCurrency: currencySchema.default("USD"),
  timeZone: timeZoneSchema.default("UTC"),
});
export type CreateOrgWithAdminInput = z.input<typeof createOrgWithAdminSchema>;

export const updateOrgSettingsSchema = z.object({
  name: z.string().trim().min(2).max(100),
  defaultCurrency: currencySchema,
  timeZone: timeZoneSchema,
  /** Reps read every record of the org (they still change only their own and shared ones). */
  repsCanReadAll: z.boolean().optional(),
});
export type UpdateOrgSettingsInput = z.input<typeof updateOrgSettingsSchema>;

export const acceptInvitationAsNewUserSchema = z.object({
  invitationId: z.uuid(),
  name: z.string().trim().min(1).max(100),
  password: passwordSchema,
});
export type AcceptInvitationAsNewUserInput = z.input<typeof acceptInvitationAsNewUserSchema>;

export const createOrganizationSchema = z.object({
  name: z.string().trim().min(2).max(100),
  defaultCurrency: currencySchema.default("USD"),
  timeZone: timeZoneSchema.default("UTC"),
});
export type CreateOrganizationInput = z.input<typeof createOrganizationSchema>;
