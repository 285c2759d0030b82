"use client";
import type { ListTotal } from "@crm/core/modules/records/count-listed";
import { ChevronFirst, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { clearedValue, hasActiveQuery, type ListState } from "./list-config";
import type { RecordTableProps } from "./record-table";

// The pieces around a record table: row checkboxes, keyset paging, and what an empty page says.

export function Checkbox({
  checked,
  indeterminate = false,
  onChange,
  label,
}: {
  checked: boolean;
  indeterminate?: boolean;
  onChange: (on: boolean) => void;
  label: string;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate && !checked;
  }, [indeterminate, checked]);
  return (
    // A larger hit area than the box itself, for touch.
    <label className="-m-2 flex size-8 cursor-pointer items-center justify-center">
      <input
        ref={ref}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-label={label}
        className="size-4 cursor-pointer accent-primary"
      />
    </label>
  );
}

/** "1–50 of 12,345", or "of about 1.2 million" past the exact-count limit. */
export function ListRange({ offset, count, total }: { offset: number; count: number; total: ListTotal }) {
  const t = useTranslations("records");
  const format = useFormatter();
  const from = format.number(offset + 1);
  const to = format.number(offset + count);
  return (
    <p className="mr-auto text-muted-foreground text-sm tabular-nums" data-testid="list-range">
      {total.totalIsEstimate
        ? t("rangeEstimate", {
            from,
            to,
            total: format.number(total.total, { notation: "compact", maximumFractionDigits: 1 }),
          })
        : t("range", { from, to, total: format.number(Math.max(total.total, offset + count)) })}
    </p>
  );
}

export function Pager({
  state,
  nextCursor,
  count,
  total,
  hrefFor,
}: {
  state: ListState;
  nextCursor: string | null;
  count: number;
  total: ListTotal;
  hrefFor: (patch: Record<string, string | null>) => string;
}) {
  const t = useTranslations("records");
  if (count === 0) return null;
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-end gap-2">
      <ListRange offset={state.offset} count={count} total={total} />
      {state.cursor ? (
        <Link href={hrefFor({ cursor: null })} className={buttonVariants({ variant: "outline", size: "sm" })}>
          <ChevronFirst aria-hidden="true" />
          {t("firstPage")}
        </Link>
      ) : null}
      {nextCursor ? (
        <Link
          href={hrefFor({ cursor: nextCursor, at: String(state.offset + count) })}
          className={buttonVariants({ variant: "outline", size: "sm" })}
        >
          {t("nextPage")}
          <ChevronRight aria-hidden="true" />
        </Link>
      ) : null}
    </nav>
  );
}

export function ListEmpty<T extends { id: string }>({
  config,
  state,
  invalid,
  empty,
  hrefFor,
}: RecordTableProps<T> & { hrefFor: (patch: Record<string, string | null>) => string }) {
  const t = useTranslations("records");
  const resetAll = {
    q: null,
    cursor: null,
    ...Object.fromEntries(config.filters.map((def) => [def.key, clearedValue(def)])),
  };
  if (invalid || state.cursor || hasActiveQuery(state)) {
    return (
      <EmptyState
        icon={empty.icon}
        title={invalid ? t("invalidTitle") : state.cursor ? t("noMoreTitle") : t("noMatchesTitle")}
        description={invalid ? t("invalidText") : state.cursor ? undefined : t("noMatchesText")}
        action={
          <Link
            href={state.cursor && !invalid ? hrefFor({ cursor: null }) : hrefFor(resetAll)}
            className={buttonVariants({ variant: "outline" })}
          >
            {state.cursor && !invalid ? t("firstPage") : t("clearFilters")}
          </Link>
        }
      />
    );
  }
  return (
    <EmptyState icon={empty.icon} title={empty.title} description={empty.description} action={empty.action} />
  );
}
