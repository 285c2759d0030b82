import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "../../db/client";
import { users } from "../auth/tables";

export const LOCALES = ["en", "de"] as const;
export type Locale = (typeof LOCALES)[number];
export const localeSchema = z.enum(LOCALES);

export const updateProfileSchema = z.object({
  name: z.string().trim().min(1, "Required").max(100),
  locale: localeSchema,
});
export type UpdateProfileInput = z.input<typeof updateProfileSchema>;

/** A user's own profile; not org-scoped. */
export async function updateProfile(userId: string, input: UpdateProfileInput) {
  const data = updateProfileSchema.parse(input);
  const db = await getDb();
  const [row] = await db
    .update(users)
    .set({ name: data.name, locale: data.locale, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ id: users.id, name: users.name, locale: users.locale });
  return row;
}

export async function updateUserLocale(userId: string, locale: Locale) {
  const db = await getDb();
  await db.update(users).set({ locale: localeSchema.parse(locale), updatedAt: new Date() }).where(eq(users.id, userId));
}
