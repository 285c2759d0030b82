"use server";
import { type UpdateProfileInput, updateProfileSchema } from "@crm/core/modules/users/schemas";
import { updateProfile } from "@crm/core/modules/users/update-user-preferences";
import { cookies } from "next/headers";
import { runUserAction } from "@/lib/actions";
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS } from "@/lib/locale";

/** The signed-in user's name and language; the language also goes into the cookie the sign-in pages read. */
export async function updateProfileAction(input: UpdateProfileInput) {
  return runUserAction("users.updateProfile", async (user) => {
    const data = updateProfileSchema.parse(input);
    const saved = await updateProfile(user.id, data);
    (await cookies()).set(LOCALE_COOKIE, data.locale, LOCALE_COOKIE_OPTIONS);
    return saved;
  });
}
