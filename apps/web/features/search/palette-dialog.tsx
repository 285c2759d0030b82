"use client";
import type { SearchHit } from "@crm/core/modules/search/schemas";
import { Command } from "cmdk";
import { Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import { SearchResultItem } from "./search-result-item";
import { useSearchResults } from "./use-search-results";

const GROUP_HEADING =
  "[&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:pt-3 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-muted-foreground [&_[cmdk-group-heading]]:text-xs";

type Props = { slug: string; userId: string; open: boolean; onOpenChange: (open: boolean) => void };

/** The palette itself (cmdk in a dialog): loaded the first time the palette opens. */
export function PaletteDialog({ slug, userId, open, onOpenChange }: Props) {
  const t = useTranslations("search");
  const router = useRouter();
  const [query, setQuery] = useState("");
  const { groups, recent, loading } = useSearchResults(slug, userId, query, open);

  function changeOpen(next: boolean) {
    onOpenChange(next);
    if (!next) setQuery("");
  }

  function openHit(hit: SearchHit) {
    if (!hit.link) return;
    changeOpen(false);
    router.push(`/o/${slug}/${hit.link.type}/${hit.link.id}`);
  }

  const typing = query.trim().length > 0;
  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogContent
        showCloseButton={false}
        className="top-4 max-h-[calc(100dvh-2rem)] translate-y-0 gap-0 overflow-hidden p-0 sm:top-[12vh] sm:max-w-xl"
      >
        <DialogTitle className="sr-only">{t("title")}</DialogTitle>
        <DialogDescription className="sr-only">{t("description")}</DialogDescription>
        <Command shouldFilter={false} loop label={t("inputLabel")} className="flex min-h-0 flex-col">
          <div className="flex items-center gap-2 border-b px-3">
            <Search className="size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
            <Command.Input
              value={query}
              onValueChange={setQuery}
              aria-label={t("inputLabel")}
              placeholder={t("placeholder")}
              className="h-12 flex-1 bg-transparent text-base outline-none placeholder:text-muted-foreground sm:text-sm"
            />
            {loading ? <Spinner label={t("loading")} /> : null}
          </div>
          <Command.List className={`max-h-[min(60dvh,28rem)] overflow-y-auto p-1 ${GROUP_HEADING}`}>
            {typing ? (
              groups?.map((group) => (
                <Command.Group key={group.type} heading={t(`types.${group.type}`)}>
                  {group.items.map((hit) => (
                    <SearchResultItem key={`${hit.type}:${hit.id}`} hit={hit} onOpen={openHit} />
                  ))}
                </Command.Group>
              ))
            ) : recent && recent.length > 0 ? (
              <Command.Group heading={t("recent")}>
                {recent.map((hit) => (
                  <SearchResultItem key={`${hit.type}:${hit.id}`} hit={hit} onOpen={openHit} />
                ))}
              </Command.Group>
            ) : null}
            {typing && groups?.length === 0 && !loading ? (
              <p className="px-3 py-8 text-center text-muted-foreground text-sm">
                {t("empty", { q: query.trim() })}
              </p>
            ) : null}
            {!typing && recent?.length === 0 ? (
              <p className="px-3 py-8 text-center text-muted-foreground text-sm">{t("hint")}</p>
            ) : null}
          </Command.List>
          <p className="hidden border-t px-3 py-2 text-muted-foreground text-xs sm:block">{t("keys")}</p>
        </Command>
      </DialogContent>
    </Dialog>
  );
}
