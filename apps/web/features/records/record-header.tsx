import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { initials } from "./format";

type Props = {
  backHref: string;
  backLabel: string;
  title: string;
  subtitle?: ReactNode;
  badges?: ReactNode;
  actions?: ReactNode;
  /** Shown as initials in a circle (people, companies). */
  avatar?: boolean;
};

/** The top of a record's page: back to the list, its name, what it is, and what can be done to it. */
export function RecordHeader({
  backHref,
  backLabel,
  title,
  subtitle,
  badges,
  actions,
  avatar = true,
}: Props) {
  return (
    <div className="mb-6 flex flex-col gap-3">
      <Link
        href={backHref}
        className="inline-flex w-fit items-center gap-1 rounded-sm text-muted-foreground text-sm outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
      >
        <ChevronLeft className="size-4" aria-hidden="true" />
        {backLabel}
      </Link>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex min-w-0 items-start gap-3">
          {avatar ? (
            <span
              aria-hidden="true"
              className="flex size-12 shrink-0 items-center justify-center rounded-full bg-primary/10 font-semibold text-primary"
            >
              {initials(title)}
            </span>
          ) : null}
          <div className="grid min-w-0 gap-1">
            <h1 className="break-words font-semibold text-2xl tracking-tight">{title}</h1>
            {subtitle ? <div className="text-muted-foreground text-sm">{subtitle}</div> : null}
            {badges ? <div className="flex flex-wrap gap-1.5 pt-1">{badges}</div> : null}
          </div>
        </div>
        {actions ? <div className="flex shrink-0 flex-wrap gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}
