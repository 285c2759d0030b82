"use server";
import { type UpdateProfileInput, updateProfileSchema } from "@crm/core/modules/users/schemas";
import { updateProfile } from "@crm/core/modules/users/update-user-preferences";
import { AppError } from "@crm/core/platform/errors";
import { cookies } from "next/headers";
import { runAction } from "@/lib/actions";
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS } from "@/lib/locale";
import { getSession } from "@/lib/session";

/** The signed-in user's name and language; the language also goes into the cookie the sign-in pages read. */
export async function updateProfileAction(input: UpdateProfileInput) {
  return runAction(async () => {
    const session = await getSession();
    if (!session) throw new AppError("unauthorized", "Sign in again");
    const data = updateProfileSchema.parse(input);
    const saved = await updateProfile(session.user.id, data);
    (await cookies()).set(LOCALE_COOKIE, data.locale, LOCALE_COOKIE_OPTIONS);
    return saved;
  });
}
