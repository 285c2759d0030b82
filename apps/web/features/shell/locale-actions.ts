"use server";
import { localeSchema } from "@crm/core/modules/users/schemas";
import { updateUserLocale } from "@crm/core/modules/users/update-user-preferences";
import { setRequestScopeIds } from "@crm/core/platform/request-context";
import { cookies } from "next/headers";
import { runAction } from "@/lib/actions";
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS } from "@/lib/locale";
import { getSession } from "@/lib/session";

/** Saves the language for the signed-in user (and in a cookie for the sign-in pages). */
export async function setLocaleAction(locale: string) {
  return runAction("users.setLocale", async () => {
    const parsed = localeSchema.parse(locale);
    (await cookies()).set(LOCALE_COOKIE, parsed, LOCALE_COOKIE_OPTIONS);
    const session = await getSession();
    if (!session) return;
    setRequestScopeIds({ userId: session.user.id });
    await updateUserLocale(session.user.id, parsed);
  });
}
