"use client";
import { flexRender, type Table } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { cn } from "@/lib/cn";
import { type ListConfig, labelOf } from "./list-config";

/** Fields a card shows below the record's name: the first visible columns, so the column choice applies. */
const CARD_FIELDS = 4;

/**
 * A list on a phone: each record a card with its name (the list's first column) and its next few
 * visible columns as label and value, instead of a table that scrolls sideways.
 */
export function RecordCards<T extends { id: string }>({
  table,
  config,
  onOpen,
  className,
}: {
  table: Table<T>;
  config: ListConfig;
  onOpen: (event: MouseEvent<HTMLElement>, row: T) => void;
  className?: string;
}) {
  const tAll = useTranslations();
  return (
    <ul className={cn("grid gap-2", className)} data-testid="record-cards">
      {table.getRowModel().rows.map((row) => {
        const cells = row.getVisibleCells();
        const select = cells.find((cell) => cell.column.id === "select");
        const [name, ...rest] = cells.filter((cell) => cell.column.id !== "select");
        return (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the name's link is the keyboard's way in; the card is a larger touch target
          <li
            key={row.id}
            onClick={(event) => onOpen(event, row.original)}
            data-state={row.getIsSelected() ? "selected" : undefined}
            className="flex cursor-pointer gap-3 rounded-lg border bg-card p-3 text-sm data-[state=selected]:bg-muted"
          >
            {select ? (
              <div className="pt-0.5 pl-1">
                {flexRender(select.column.columnDef.cell, select.getContext())}
              </div>
            ) : null}
            <div className="grid min-w-0 flex-1 gap-2">
              {name ? (
                <div className="min-w-0 [&>div]:max-w-none">
                  {flexRender(name.column.columnDef.cell, name.getContext())}
                </div>
              ) : null}
              {rest.length > 0 ? (
                <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1.5">
                  {rest.slice(0, CARD_FIELDS).map((cell) => {
                    const def = config.columns.find((c) => c.id === cell.column.id);
                    return (
                      <div key={cell.id} className="contents">
                        <dt className="text-muted-foreground text-xs leading-5">
                          {def ? labelOf(tAll, def) : null}
                        </dt>
                        <dd className="min-w-0 [&_*]:max-w-full">
                          {flexRender(cell.column.columnDef.cell, cell.getContext())}
                        </dd>
                      </div>
                    );
                  })}
                </dl>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
