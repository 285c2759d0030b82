"use client";
import { Search } from "lucide-react";
import dynamic from "next/dynamic";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

// cmdk, the dialog and the search hooks load on first use (or when the pointer reaches the button),
// not with every page.
const loadDialog = () => import("./palette-dialog");
const PaletteDialog = dynamic(() => loadDialog().then((m) => m.PaletteDialog), { ssr: false });

/** Ctrl/Cmd+K (or the top bar button): search every record as you type, recent records when empty. */
export function CommandPalette({ slug, userId }: { slug: string; userId: string }) {
  const t = useTranslations("search");
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  // The dialog stays mounted once opened, so it closes with its animation and reopens at once.
  const [used, setUsed] = useState(false);
  const [shortcut, setShortcut] = useState("Ctrl K");

  useEffect(() => {
    if (/Mac|iPhone|iPad/.test(navigator.userAgent)) setShortcut("⌘K");
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        setUsed(true);
        setOpen((current) => !current);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // Ready before the first Ctrl+K, but after the page has become interactive.
  useEffect(() => {
    const timer = setTimeout(() => void loadDialog(), 3000);
    return () => clearTimeout(timer);
  }, []);

  // Every record page the user opens, however they got there, becomes a recent item.
  useEffect(() => {
    void import("./recent-records").then((m) => m.rememberPath(slug, userId, pathname));
  }, [slug, userId, pathname]);

  return (
    <>
      <Button
        variant="outline"
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        aria-keyshortcuts="Control+K Meta+K"
        className="size-10 justify-center px-0 text-muted-foreground sm:size-auto sm:h-9 sm:w-56 sm:justify-start sm:px-3"
      >
        <Search aria-hidden="true" />
        {/* The button's name; read out on phones too, where only the icon shows. */}
        <span className="sr-only flex-1 text-left font-normal sm:not-sr-only">{t("open")}…</span>
        <kbd className="hidden rounded border bg-muted px-1.5 font-mono text-[10px] sm:inline">
          {shortcut}
        </kbd>
      </Button>
      {used ? <PaletteDialog slug={slug} userId={userId} open={open} onOpenChange={setOpen} /> : null}
    </>
  );
}
