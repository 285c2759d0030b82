"use client";
import type { SearchHit } from "@crm/core/modules/search/schemas";
import { Command } from "cmdk";
import {
  Building2,
  CalendarClock,
  CheckSquare,
  Handshake,
  type LucideIcon,
  Target,
  User,
} from "lucide-react";
import { useTranslations } from "next-intl";
import { HighlightedText } from "./highlighted-text";

const ICONS: Record<SearchHit["type"], LucideIcon> = {
  contacts: User,
  companies: Building2,
  deals: Handshake,
  leads: Target,
  activities: CalendarClock,
  tasks: CheckSquare,
};

const KINDS = [
  "note",
  "call",
  "meeting",
  "email",
  "open",
  "in_progress",
  "done",
  "cancelled",
  "new",
  "working",
  "qualified",
  "disqualified",
  "converted",
  "won",
  "lost",
  "abandoned",
] as const;
type Kind = (typeof KINDS)[number];
const isKind = (value: string | null): value is Kind => KINDS.some((kind) => kind === value);

/** One result row: icon, title and subtitle with the matches marked, a snippet, a kind label. */
export function SearchResultItem({ hit, onOpen }: { hit: SearchHit; onOpen: (hit: SearchHit) => void }) {
  const t = useTranslations("search");
  const Icon = ICONS[hit.type];
  return (
    <Command.Item
      value={`${hit.type}:${hit.id}`}
      disabled={!hit.link}
      onSelect={() => onOpen(hit)}
      className="flex cursor-pointer items-start gap-3 rounded-md px-3 py-2 text-sm outline-none data-[disabled=true]:cursor-default data-[selected=true]:bg-accent data-[selected=true]:text-accent-foreground data-[disabled=true]:opacity-60"
    >
      <Icon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
      <span className="grid min-w-0 flex-1 gap-0.5">
        <span className="truncate font-medium">
          {hit.title.text ? <HighlightedText value={hit.title} /> : t(`types.${hit.type}`)}
        </span>
        {hit.subtitle ? (
          <span className="truncate text-muted-foreground text-xs">
            <HighlightedText value={hit.subtitle} />
          </span>
        ) : null}
        {hit.snippet ? (
          <span className="line-clamp-2 text-muted-foreground text-xs">
            <HighlightedText value={hit.snippet} />
          </span>
        ) : null}
      </span>
      {isKind(hit.kind) ? (
        <span className="mt-0.5 shrink-0 rounded border px-1.5 py-0.5 text-muted-foreground text-xs">
          {t(`kinds.${hit.kind}`)}
        </span>
      ) : null}
    </Command.Item>
  );
}
