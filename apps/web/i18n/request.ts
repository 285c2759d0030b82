import { getRequestConfig } from "next-intl/server";
import { resolveLocale } from "@/lib/locale";

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: (await import(`../messages/${locale}/index.ts`)).default };
});
