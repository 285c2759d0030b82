"use client";
import { Menu } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import type { Nav } from "./nav-items";
import { SidebarNav } from "./sidebar-nav";

export function MobileNav({ nav, header }: { nav: Nav; header: ReactNode }) {
  const t = useTranslations("shell");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="lg:hidden" aria-label={t("openMenu")}>
          <Menu className="size-5" aria-hidden="true" />
        </Button>
      </SheetTrigger>
      <SheetContent
        side="left"
        className="flex flex-col gap-4 overflow-y-auto bg-sidebar p-3"
        closeLabel={tc("close")}
      >
        <SheetTitle className="sr-only">{t("navigation")}</SheetTitle>
        <div className="pr-10">{header}</div>
        <SidebarNav nav={nav} onNavigate={() => setOpen(false)} />
      </SheetContent>
    </Sheet>
  );
}
