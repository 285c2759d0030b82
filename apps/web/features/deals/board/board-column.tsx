"use client";
import type { RatesToOrg } from "@crm/core/platform/money";
import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { MoneySum } from "@/features/exchange-rates/money-sum";
import { cn } from "@/lib/cn";
import type { BoardColumn as Column } from "./board-state";

type Props = {
  column: Column;
  currency: string;
  /** Today's rates to the org currency: the totals follow moves, so they are converted here. */
  rates: RatesToOrg;
  /** How many of the column's loaded cards are rendered (the children); the rest wait for "Show more". */
  shown: number;
  onShowMore: () => void;
  children: ReactNode;
  isOver: boolean;
};

/** One stage: its count, total and weighted value in the org's currency, and its cards (a drop target even when empty). */
export function BoardColumn({ column, currency, rates, shown, onShowMore, children, isOver }: Props) {
  const t = useTranslations("board");
  const { setNodeRef } = useDroppable({ id: column.id });
  const headingId = `stage-${column.id}`;
  const hidden = column.count - column.deals.length;
  const folded = Math.max(0, column.deals.length - shown);
  return (
    <section
      aria-labelledby={headingId}
      className={cn(
        // At most a screen tall, less the app's 3.5 rem header and the page's bottom padding (so even
        // with the page scrolled to its end the whole column shows below the header): the cards scroll
        // inside the column, and its name, count and totals stay in view however far down one looks.
        "flex max-h-[max(20rem,calc(100dvh-7rem))] w-[17rem] shrink-0 snap-start flex-col rounded-lg border bg-muted/40 sm:w-72",
        isOver && "border-primary/60 bg-primary/5",
      )}
    >
      <header className="grid gap-1 border-b px-3 py-2">
        <div className="flex items-center gap-2">
          <h2 id={headingId} className="truncate font-semibold text-sm">
            {column.name}
          </h2>
          <Badge variant="muted" className="tabular-nums">
            <span className="sr-only">{t("countLabel")}: </span>
            {column.count}
          </Badge>
          {column.kind !== "open" ? (
            <Badge
              variant="outline"
              className={cn(
                "ml-auto",
                column.kind === "won" && "text-emerald-700 dark:text-emerald-400",
                column.kind === "lost" && "text-red-700 dark:text-red-400",
              )}
            >
              {t(`kind.${column.kind}`)}
            </Badge>
          ) : (
            <span className="ml-auto text-muted-foreground text-xs tabular-nums">{column.probability} %</span>
          )}
        </div>
        {/* Every currency summed up in the org's currency; the per-currency figures on demand. */}
        <p className="text-muted-foreground text-xs">
          <MoneySum parts={column.totals} currency={currency} rates={rates} label={t("total")} weighted />
        </p>
      </header>
      <SortableContext
        items={column.deals.slice(0, shown).map((d) => d.id)}
        strategy={verticalListSortingStrategy}
      >
        <ul
          ref={setNodeRef}
          data-testid="stage-cards"
          className="flex min-h-24 flex-1 flex-col gap-2 overflow-y-auto p-2"
        >
          {children}
          {column.deals.length === 0 ? (
            <li className="flex flex-1 items-center justify-center rounded-md border border-dashed p-4 text-center text-muted-foreground text-xs">
              {t("emptyColumn")}
            </li>
          ) : null}
        </ul>
      </SortableContext>
      {folded > 0 ? (
        <button
          type="button"
          onClick={onShowMore}
          className="border-t px-3 py-2 text-left font-medium text-primary text-xs outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
        >
          {t("showMore", { count: folded })}
        </button>
      ) : null}
      {hidden > 0 ? (
        <p className="border-t px-3 py-2 text-muted-foreground text-xs">
          {t("moreInColumn", { count: hidden })}
        </p>
      ) : null}
    </section>
  );
}
