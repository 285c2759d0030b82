"use client";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { KeyboardEventHandler, MouseEvent } from "react";
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

/**
 * A deal on the board. The whole card drags with the mouse (past the sensor's few pixels, so a click
 * still opens the deal); the grip drags by touch (the card body scrolls the page there) and by
 * keyboard (Space on the grip, arrows, Space), so Enter on the title still follows the link.
 */
export function DealCard({ slug, deal, columns, today, canWrite, onMove, onWon, onLost }: Props) {
  const t = useTranslations("board");
  const td = useTranslations("deals");
  const router = useRouter();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: deal.id,
      disabled: !canWrite,
    });
  const { onKeyDown, ...pointerListeners } = listeners ?? {};
  const keyboardListener = onKeyDown as KeyboardEventHandler<HTMLButtonElement> | undefined;
  const href = `/o/${slug}/deals/${deal.id}`;
  // A click on the card's body opens the deal; its link and buttons handle their own clicks.
  const open = (event: MouseEvent<HTMLLIElement>) => {
    if ((event.target as HTMLElement).closest("a, button, [role=menu], [role=menuitem]")) return;
    router.push(href);
  };
  const overdue = !deal.outcome && deal.expectedCloseDate !== null && deal.expectedCloseDate < today;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the title link is the keyboard's way in; the grip drags
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...(canWrite ? pointerListeners : {})}
      onClick={open}
      className={cn(
        // Off-screen cards (most of up to 50 a stage) skip style, layout and paint until scrolled to.
        // No text selection: pressing on a card and moving drags it instead of selecting across cards.
        "group relative flex cursor-pointer select-none gap-1 rounded-md border bg-card p-2 text-card-foreground shadow-xs [contain-intrinsic-size:auto_5.5rem] [content-visibility:auto] hover:border-primary/40",
        canWrite && "active:cursor-grabbing",
        isDragging && "z-10 cursor-grabbing opacity-60 shadow-md ring-2 ring-primary",
      )}
    >
      {canWrite ? (
        <button
          ref={setActivatorNodeRef}
          type="button"
          {...attributes}
          onKeyDown={keyboardListener}
          aria-label={t("dragHandle", { title: deal.title })}
          className="-my-1 -ml-1 flex w-6 shrink-0 cursor-grab touch-none items-center justify-center rounded-sm text-muted-foreground outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring active:cursor-grabbing"
        >
          <BoardIcon name="grip" />
        </button>
      ) : null}
      <div className="grid min-w-0 flex-1 gap-1">
        <IntentLink
          href={href}
          draggable={false}
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
