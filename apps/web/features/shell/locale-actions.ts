"use server";
import { localeSchema } from "@crm/core/modules/users/schemas";
import { updateUserLocale } from "@crm/core/modules/users/update-user-preferences";
import { cookies } from "next/headers";
import { runAction } from "@/lib/actions";
import { LOCALE_COOKIE } from "@/lib/locale";
import { getSession } from "@/lib/session";

/** Saves the language for the signed-in user (and in a cookie for the sign-in pages). */
export async function setLocaleAction(locale: string) {
  return runAction(async () => {
    const parsed = localeSchema.parse(locale);
    (await cookies()).set(LOCALE_COOKIE, parsed, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
    const session = await getSession();
    if (session) await updateUserLocale(session.user.id, parsed);
  });
}
