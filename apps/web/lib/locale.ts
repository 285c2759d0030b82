import "server-only";
import { LOCALES, type Locale } from "@crm/core/modules/users/schemas";
import { env } from "@crm/core/platform/env";
import { cookies, headers } from "next/headers";
import { getSession } from "./session";

export const LOCALE_COOKIE = "crm_locale";

/** A year; `Secure` behind https like the session cookie. */
export const LOCALE_COOKIE_OPTIONS = {
  path: "/",
  maxAge: 60 * 60 * 24 * 365,
  sameSite: "lax",
  secure: env.APP_URL.startsWith("https://"),
} as const;

const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The signed-in user's saved language, else the cookie, else the browser's Accept-Language. */
export async function resolveLocale(): Promise<Locale> {
  const session = await getSession();
  const saved = session?.user.locale;
  if (isLocale(saved)) return saved;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  const accept = (await headers()).get("accept-language") ?? "";
  for (const part of accept.split(",")) {
    const tag = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return "en";
}
