"use client";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, type PointerEvent, useState } from "react";
import { IntentLink } from "@/components/intent-link";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuSub,
  DropdownMenuSubContent,
  DropdownMenuSubTrigger,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { BoardIcon } from "./board-icons";
import type { BoardColumn, BoardDeal } from "./board-state";

type Props = {
  slug: string;
  deal: BoardDeal;
  columns: BoardColumn[];
  onMove: (deal: BoardDeal, stageId: string) => void;
  onWon: (deal: BoardDeal) => void;
  onLost: (deal: BoardDeal) => void;
};

/**
 * A card's actions. The board holds up to 50 cards a stage: a menu each (its providers, popper and
 * ids) made the board's hydration the slowest task of the page, so the menu mounts on first use and
 * opens at once; until then the trigger is a plain button that looks and reads the same.
 */
export function CardMenu(props: Props) {
  const t = useTranslations("board");
  const [mounted, setMounted] = useState(false);
  const [open, setOpen] = useState(false);
  const activate = () => {
    setMounted(true);
    setOpen(true);
  };
  // A plain button with the ghost icon button's look: the shared Button's classes, repeated on every
  // card, were a sixth of the board's HTML.
  const trigger = (
    <button
      type="button"
      className="-my-1 -mr-1 inline-flex size-8 shrink-0 cursor-pointer items-center justify-center rounded-md outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-2 focus-visible:ring-ring sm:size-7"
      aria-haspopup="menu"
      aria-expanded={open}
      onPointerDown={
        mounted
          ? undefined
          : (event: PointerEvent<HTMLButtonElement>) => {
              // As Radix's trigger: the primary button without Ctrl opens, and the press keeps the focus.
              if (event.button !== 0 || event.ctrlKey) return;
              event.preventDefault();
              activate();
            }
      }
      onKeyDown={
        mounted
          ? undefined
          : (event: KeyboardEvent<HTMLButtonElement>) => {
              if (!["Enter", " ", "ArrowDown"].includes(event.key)) return;
              event.preventDefault();
              activate();
            }
      }
    >
      <BoardIcon name="more" />
      <span className="sr-only">{t("cardMenu", { title: props.deal.title })}</span>
    </button>
  );
  if (!mounted) return trigger;
  return (
    <DropdownMenu open={open} onOpenChange={setOpen}>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <CardMenuContent {...props} />
    </DropdownMenu>
  );
}

function CardMenuContent({ slug, deal, columns, onMove, onWon, onLost }: Props) {
  const t = useTranslations("board");
  const td = useTranslations("deals");
  return (
    <DropdownMenuContent align="end">
      <DropdownMenuItem asChild>
        <IntentLink href={`/o/${slug}/deals/${deal.id}`}>{t("open")}</IntentLink>
      </DropdownMenuItem>
      <DropdownMenuSub>
        <DropdownMenuSubTrigger>{t("moveTo")}</DropdownMenuSubTrigger>
        <DropdownMenuSubContent>
          {columns.map((column) => (
            <DropdownMenuItem
              key={column.id}
              disabled={column.id === deal.stageId}
              onSelect={() => onMove(deal, column.id)}
            >
              {column.name}
            </DropdownMenuItem>
          ))}
        </DropdownMenuSubContent>
      </DropdownMenuSub>
      <DropdownMenuSeparator />
      {deal.outcome !== "won" ? (
        <DropdownMenuItem onSelect={() => onWon(deal)}>{td("markWon")}</DropdownMenuItem>
      ) : null}
      {deal.outcome !== "lost" ? (
        <DropdownMenuItem variant="destructive" onSelect={() => onLost(deal)}>
          {td("markLost")}…
        </DropdownMenuItem>
      ) : null}
    </DropdownMenuContent>
  );
}
