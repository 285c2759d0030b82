"use client";
import type { ListTotal } from "@crm/core/modules/records/count-listed";
import {
  flexRender,
  getCoreRowModel,
  type RowSelectionState,
  type ColumnDef as TanstackColumn,
  useReactTable,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown, type LucideIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type MouseEvent, type ReactNode, useEffect, useMemo, useState } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { BulkBar } from "./bulk-bar";
import type { RecordSearches } from "./filter-chips";
import { type ListConfig, type ListState, labelOf } from "./list-config";
import { ListToolbar } from "./list-toolbar";
import type { MemberOption } from "./member-option";
import { RecordCards } from "./record-cards";
import type { ListObject } from "./record-objects";
import { Checkbox, ListEmpty, Pager } from "./record-table-parts";
import { useListUrl } from "./use-list-url";

export type RecordTableProps<T extends { id: string }> = {
  slug: string;
  object: ListObject;
  config: ListConfig;
  /** Cell renderers; each id matches a column of `config`. */
  columns: TanstackColumn<T>[];
  rows: T[];
  nextCursor: string | null;
  total: ListTotal;
  state: ListState;
  invalid: boolean;
  members: MemberOption[];
  currentUserId: string;
  canWrite: boolean;
  canAssign: boolean;
  rowHref: (row: T) => string;
  /** What the record is called in the search box and the row checkbox labels. */
  searchLabel: string;
  rowLabel: (row: T) => string;
  empty: { icon: LucideIcon; title: string; description: string; action?: ReactNode };
  /** Record pickers for `record` filters, by the filter's `picker`. */
  searches?: RecordSearches;
  /** Names of the records that active `record` filters point to. */
  valueLabels?: Record<string, string>;
};

export function RecordTable<T extends { id: string }>(props: RecordTableProps<T>) {
  const { config, state, rows, canWrite } = props;
  const t = useTranslations("records");
  const tAll = useTranslations();
  const router = useRouter();
  const { update, hrefFor, pending } = useListUrl();
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  // Another page, sort or filter is another set of rows: a selection does not carry over.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the rows change
  useEffect(() => setRowSelection({}), [rows]);

  const columns = useMemo<TanstackColumn<T>[]>(
    () => (canWrite ? [selectColumn<T>(t, props.rowLabel), ...props.columns] : props.columns),
    [canWrite, props.columns, props.rowLabel, t],
  );
  const columnVisibility = useMemo(
    () => Object.fromEntries(config.columns.map((c) => [c.id, state.cols.includes(c.id)])),
    [config.columns, state.cols],
  );
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    enableRowSelection: canWrite,
    state: { rowSelection, columnVisibility },
    onRowSelectionChange: setRowSelection,
  });
  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id]);
  // Without a sort in the URL the list is in its default order: its column says so.
  const sortShown = state.sort ?? config.defaultSort;
  // The name column (and the checkbox column before it) stays in view when the table scrolls sideways.
  const stickyIds = new Set(["select", config.columns[0]?.id]);
  const sticky = (id: string) =>
    stickyIds.has(id)
      ? cn(
          "sticky z-10 bg-background",
          "[tr:hover>&]:bg-[color-mix(in_oklab,var(--muted)_50%,var(--background))] [tr[data-state=selected]>&]:bg-muted",
          id === "select"
            ? "left-0"
            : cn(canWrite ? "left-10" : "left-0", "shadow-[inset_-1px_0_0_var(--border)]"),
        )
      : undefined;

  const openRow = (event: MouseEvent<HTMLElement>, row: T) => {
    // Controls inside the row keep their own meaning; the name cell's link serves keyboards.
    if ((event.target as HTMLElement).closest("a,button,input,label,[role=checkbox]")) return;
    if (window.getSelection()?.toString()) return;
    router.push(props.rowHref(row));
  };

  return (
    <div className="flex flex-col gap-3">
      <ListToolbar
        slug={props.slug}
        object={props.object}
        config={config}
        state={state}
        members={props.members}
        currentUserId={props.currentUserId}
        searchLabel={props.searchLabel}
        searches={props.searches}
        valueLabels={props.valueLabels}
      />
      {selectedIds.length > 0 ? (
        <BulkBar
          slug={props.slug}
          object={props.object}
          ids={selectedIds}
          members={props.members}
          canAssign={props.canAssign}
          onDone={() => setRowSelection({})}
        />
      ) : null}
      {rows.length === 0 ? (
        <ListEmpty {...props} hrefFor={hrefFor} />
      ) : (
        <div className={cn("transition-opacity", pending && "opacity-60")} aria-busy={pending || undefined}>
          <RecordCards table={table} config={config} onOpen={openRow} className="sm:hidden" />
          <Table containerClassName="hidden rounded-lg border sm:block">
            <TableHeader>
              {table.getHeaderGroups().map((group) => (
                <TableRow key={group.id} className="hover:bg-transparent">
                  {group.headers.map((header) => {
                    const def = config.columns.find((c) => c.id === header.column.id);
                    // Record columns are named by the list's config; only the checkbox column renders its own header.
                    const content = def
                      ? labelOf(tAll, def)
                      : flexRender(header.column.columnDef.header, header.getContext());
                    const sortField = def?.sort;
                    const direction =
                      sortField && sortShown === sortField
                        ? "ascending"
                        : sortField && sortShown === `-${sortField}`
                          ? "descending"
                          : undefined;
                    return (
                      <TableHead
                        key={header.id}
                        aria-sort={sortField ? (direction ?? "none") : undefined}
                        className={cn(
                          "px-2",
                          header.column.id === "select" && "w-10 pl-3",
                          sticky(header.column.id),
                        )}
                      >
                        {sortField && def ? (
                          <SortButton
                            label={t("sortBy", { column: labelOf(tAll, def) })}
                            direction={direction}
                            onClick={() =>
                              update({
                                sort:
                                  direction === undefined
                                    ? sortField
                                    : direction === "ascending"
                                      ? `-${sortField}`
                                      : null,
                              })
                            }
                          >
                            {content}
                          </SortButton>
                        ) : (
                          content
                        )}
                      </TableHead>
                    );
                  })}
                </TableRow>
              ))}
            </TableHeader>
            <TableBody>
              {table.getRowModel().rows.map((row) => (
                <TableRow
                  key={row.id}
                  data-state={row.getIsSelected() ? "selected" : undefined}
                  onClick={(event) => openRow(event, row.original)}
                  className="cursor-pointer"
                >
                  {row.getVisibleCells().map((cell) => (
                    <TableCell
                      key={cell.id}
                      className={cn("px-2", cell.column.id === "select" && "pl-3", sticky(cell.column.id))}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Pager
        state={state}
        nextCursor={props.nextCursor}
        count={rows.length}
        total={props.total}
        hrefFor={hrefFor}
      />
    </div>
  );
}

function SortButton({
  direction,
  onClick,
  label,
  children,
}: {
  direction: "ascending" | "descending" | undefined;
  onClick: () => void;
  label: string;
  children: ReactNode;
}) {
  const Icon = direction === "ascending" ? ArrowUp : direction === "descending" ? ArrowDown : ArrowUpDown;
  return (
    <button
      type="button"
      onClick={onClick}
      title={label}
      className={cn(
        "-mx-2 inline-flex h-8 items-center gap-1.5 rounded-md px-2 outline-none hover:bg-accent hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring",
        direction && "text-foreground",
      )}
    >
      {children}
      <Icon className={cn("size-3.5", !direction && "opacity-40")} aria-hidden="true" />
    </button>
  );
}

type Translate = ReturnType<typeof useTranslations>;

function selectColumn<T extends { id: string }>(
  t: Translate,
  rowLabel: (row: T) => string,
): TanstackColumn<T> {
  return {
    id: "select",
    header: ({ table }) => (
      <Checkbox
        checked={table.getIsAllRowsSelected()}
        indeterminate={table.getIsSomeRowsSelected()}
        onChange={(on) => table.toggleAllRowsSelected(on)}
        label={t("selectAll")}
      />
    ),
    cell: ({ row }) => (
      <Checkbox
        checked={row.getIsSelected()}
        onChange={(on) => row.toggleSelected(on)}
        label={t("selectRow", { name: rowLabel(row.original) })}
      />
    ),
  };
}
