import { Contact } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocaleSwitch } from "@/features/shell/locale-switch";
import { ThemeToggle } from "@/features/shell/theme-toggle";

export async function AuthFrame({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const t = await getTranslations("app");
  const locale = await getLocale();
  return (
    <div className="flex min-h-dvh flex-col bg-muted/40">
      <header className="flex items-center justify-between p-4">
        <div className="flex items-center gap-2 font-semibold">
          <span className="flex size-8 items-center justify-center rounded-md bg-primary text-primary-foreground">
            <Contact className="size-4" aria-hidden="true" />
          </span>
          {t("name")}
        </div>
        <div className="flex items-center gap-1">
          <LocaleSwitch current={locale} />
          <ThemeToggle />
        </div>
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pb-16 pt-6 sm:items-center sm:pt-0">
        <div className={wide ? "w-full max-w-4xl" : "w-full max-w-md"}>{children}</div>
      </main>
    </div>
  );
}
