import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { users } from "../auth/tables";
import { type Locale, localeSchema, type UpdateProfileInput, updateProfileSchema } from "./schemas";

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
  await db
    .update(users)
    .set({ locale: localeSchema.parse(locale), updatedAt: new Date() })
    .where(eq(users.id, userId));
}
