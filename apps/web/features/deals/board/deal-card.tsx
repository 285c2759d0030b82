"use client";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useTranslations } from "next-intl";
import { IntentLink } from "@/components/intent-link";
import { initials } from "@/features/records/format";
import { Money } from "@/features/records/money";
import { cn } from "@/lib/cn";
import { DateOnly } from "../date-only";
import { BoardIcon } from "./board-icons";
import type { BoardColumn, BoardDeal } from "./board-state";
import { CardMenu } from "./card-menu";

type Props = {
  slug: string;
  deal: BoardDeal;
  columns: BoardColumn[];
  today: string;
  canWrite: boolean;
  onMove: (deal: BoardDeal, stageId: string) => void;
  onWon: (deal: BoardDeal) => void;
  onLost: (deal: BoardDeal) => void;
};

/** A deal on the board: drag it by its handle (mouse, touch or keyboard), or use its menu. */
export function DealCard({ slug, deal, columns, today, canWrite, onMove, onWon, onLost }: Props) {
  const t = useTranslations("board");
  const td = useTranslations("deals");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: deal.id,
      disabled: !canWrite,
    });
  const overdue = !deal.outcome && deal.expectedCloseDate !== null && deal.expectedCloseDate < today;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cn(
        // Off-screen cards (most of up to 50 a stage) skip style, layout and paint until scrolled to.
        "group relative flex gap-1 rounded-md border bg-card p-2 text-card-foreground shadow-xs [contain-intrinsic-size:auto_5.5rem] [content-visibility:auto]",
        isDragging && "z-10 opacity-60 shadow-md ring-2 ring-primary",
      )}
    >
      {canWrite ? (
        <button
          ref={setActivatorNodeRef}
          type="button"
          {...attributes}
          {...listeners}
          aria-label={t("dragHandle", { title: deal.title })}
          className="-my-1 -ml-1 flex w-6 shrink-0 cursor-grab touch-none items-center justify-center rounded-sm text-muted-foreground outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring active:cursor-grabbing"
        >
          <BoardIcon name="grip" />
        </button>
      ) : null}
      <div className="grid min-w-0 flex-1 gap-1">
        <IntentLink
          href={`/o/${slug}/deals/${deal.id}`}
          className="line-clamp-2 rounded-sm font-medium text-sm outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
        >
          {deal.title}
        </IntentLink>
        {deal.companyName || deal.primaryContactName ? (
          <p className="truncate text-muted-foreground text-xs">
            {[deal.companyName, deal.primaryContactName].filter(Boolean).join(" · ")}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
          <span className="font-medium">
            <Money minor={deal.value} currency={deal.currency} />
          </span>
          <span className="text-muted-foreground">{deal.probability} %</span>
          {deal.expectedCloseDate ? (
            <span className={cn(overdue ? "font-medium text-destructive" : "text-muted-foreground")}>
              <span className="sr-only">{td("fields.expectedCloseDate")}: </span>
              <DateOnly value={deal.expectedCloseDate} className="" />
            </span>
          ) : null}
          {deal.ownerName ? (
            <span
              title={deal.ownerName}
              className="ml-auto flex size-6 items-center justify-center rounded-full bg-muted font-medium text-[10px] text-muted-foreground"
            >
              <span aria-hidden="true">{initials(deal.ownerName)}</span>
              <span className="sr-only">{t("ownedBy", { name: deal.ownerName })}</span>
            </span>
          ) : null}
        </div>
      </div>
      {canWrite ? (
        <CardMenu slug={slug} deal={deal} columns={columns} onMove={onMove} onWon={onWon} onLost={onLost} />
      ) : null}
    </li>
  );
}
