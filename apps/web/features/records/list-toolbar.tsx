"use client";
import { SlidersHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  Sheet,
  SheetContent,
  SheetDescription,
  SheetHeader,
  SheetTitle,
  SheetTrigger,
} from "@/components/ui/sheet";
import { ViewsMenu } from "@/features/views/views-menu";
import { ColumnChooser } from "./column-chooser";
import { FilterChips, type RecordSearches } from "./filter-chips";
import type { ListConfig, ListState } from "./list-config";
import type { MemberOption } from "./member-option";
import type { ListObject } from "./record-objects";
import { SearchBox } from "./search-box";

type Props = {
  slug: string;
  object: ListObject;
  config: ListConfig;
  state: ListState;
  members: MemberOption[];
  currentUserId: string;
  searchLabel: string;
  searches?: RecordSearches;
  valueLabels?: Record<string, string>;
};

/**
 * Search, filters, saved views and columns above a list. From `sm` up the filter chips sit in a row;
 * on a phone they would push the records a screen down, so a "Filters" button opens them in a sheet.
 */
export function ListToolbar(props: Props) {
  const { config, state } = props;
  const t = useTranslations("records");
  const filterKeys = config.filters.map((f) => f.key);
  const chips = (className?: string) => (
    <FilterChips
      filters={config.filters}
      active={state.filters}
      members={props.members}
      currentUserId={props.currentUserId}
      searches={props.searches}
      valueLabels={props.valueLabels}
      className={className}
    />
  );
  const views = <ViewsMenu slug={props.slug} object={props.object} filterKeys={filterKeys} />;
  const active = Object.keys(state.filters).length;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex gap-2">
        <div className="min-w-0 flex-1">
          <SearchBox value={state.q} label={props.searchLabel} />
        </div>
        <Sheet>
          <SheetTrigger asChild>
            <Button variant="outline" className="h-10 shrink-0 sm:hidden">
              <SlidersHorizontal aria-hidden="true" />
              {t("filters")}
              {active > 0 ? (
                <Badge className="min-w-5 px-1.5" aria-label={t("activeFilters", { count: active })}>
                  {active}
                </Badge>
              ) : null}
            </Button>
          </SheetTrigger>
          <SheetContent side="right" closeLabel={t("closeFilters")} className="w-[85vw]">
            <SheetHeader>
              <SheetTitle>{t("filters")}</SheetTitle>
              <SheetDescription>{t("filtersText")}</SheetDescription>
            </SheetHeader>
            <div className="grid gap-4 px-4 pb-6">
              {chips(
                "flex-col items-stretch [&>li>div>button:first-child]:flex-1 [&>li>div>button:first-child]:justify-between",
              )}
              <div className="flex flex-wrap gap-2">{views}</div>
            </div>
          </SheetContent>
        </Sheet>
      </div>
      <div className="hidden flex-wrap items-start gap-2 sm:flex">
        {chips()}
        <div className="ml-auto flex gap-2">
          {views}
          <ColumnChooser columns={config.columns} visible={state.cols} />
        </div>
      </div>
    </div>
  );
}
