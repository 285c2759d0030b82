import { z } from "zod";
import "../../platform/validation";

export const LOCALES = ["en", "de"] as const;
export type Locale = (typeof LOCALES)[number];
export const localeSchema = z.enum(LOCALES);

export const updateProfileSchema = z.object({
  name: z.string().trim().min(1).max(100),
  locale: localeSchema,
});
export type UpdateProfileInput = z.input<typeof updateProfileSchema>;
