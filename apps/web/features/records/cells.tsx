"use client";
import { useFormatter } from "next-intl";
import { IntentLink } from "@/components/intent-link";
import { Badge } from "@/components/ui/badge";
import { dateOptions } from "./format";

/** The row's name: the link keyboards and screen readers use to open the record. */
export function NameCell({ href, name, sub }: { href: string; name: string; sub?: string | null }) {
  return (
    <div className="flex min-w-36 max-w-52 flex-col">
      <IntentLink
        href={href}
        className="truncate rounded-sm font-medium outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
      >
        {name}
      </IntentLink>
      {sub ? <span className="truncate text-muted-foreground text-xs">{sub}</span> : null}
    </div>
  );
}

export function MutedCell({ children }: { children: React.ReactNode }) {
  if (children === null || children === undefined || children === "")
    return <span className="text-muted-foreground">—</span>;
  // Narrow, so a list's default columns fit at 1280 px; the whole value shows on hover.
  return (
    <span className="block max-w-36 truncate" title={typeof children === "string" ? children : undefined}>
      {children}
    </span>
  );
}

export function DateCell({ value, timeZone }: { value: Date | string | null; timeZone: string }) {
  const format = useFormatter();
  if (!value) return <span className="text-muted-foreground">—</span>;
  return (
    <span className="whitespace-nowrap text-muted-foreground">
      {format.dateTime(new Date(value), dateOptions(timeZone))}
    </span>
  );
}

export function TagsCell({ tags }: { tags: string[] }) {
  if (tags.length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <div className="flex max-w-64 flex-wrap gap-1">
      {tags.slice(0, 3).map((tag) => (
        <Badge key={tag} variant="secondary">
          {tag}
        </Badge>
      ))}
      {tags.length > 3 ? <Badge variant="muted">+{tags.length - 3}</Badge> : null}
    </div>
  );
}
