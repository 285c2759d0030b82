"use client";
import type { ColumnDef } from "@tanstack/react-table";
import { useMemo } from "react";
import { useCustomColumns } from "@/features/custom-fields/custom-columns";
import type { CustomDef } from "@/features/custom-fields/custom-field-value";
import { withCustomFields } from "@/features/custom-fields/custom-list-config";
import { DateCell, MutedCell, TagsCell } from "./cells";
import type { ListConfig } from "./list-config";
import type { RecordTableProps } from "./record-table";

/** What every record list page hands its table: a page of rows, the list's state, who looks and may do what. */
export type RecordListProps<T extends { id: string }> = Pick<
  RecordTableProps<T>,
  | "slug"
  | "rows"
  | "nextCursor"
  | "total"
  | "state"
  | "invalid"
  | "members"
  | "currentUserId"
  | "canWrite"
  | "canAssign"
> & {
  /** The org's custom fields of this record type: extra columns and filters. */
  customFields?: CustomDef[];
  timeZone: string;
};

type ListRow = {
  id: string;
  ownerId: string | null;
  tags: string[];
  createdAt: Date | string;
  updatedAt: Date | string;
  custom: Record<string, unknown>;
};

/**
 * The `RecordTable` props every list shares: its config and cells with the columns of every record
 * type (owner, tags, created, updated) and of the org's custom fields added, and the list's state.
 */
export function useRecordList<T extends ListRow>(
  props: RecordListProps<T>,
  baseConfig: ListConfig,
  typeColumns: ColumnDef<T>[],
) {
  const { customFields, members, timeZone } = props;
  const customColumns = useCustomColumns<T>(customFields);
  const config = useMemo(() => withCustomFields(baseConfig, customFields ?? []), [baseConfig, customFields]);
  const columns = useMemo<ColumnDef<T>[]>(() => {
    const ownerName = (id: string | null) => members.find((m) => m.userId === id)?.name ?? null;
    const cells: ColumnDef<T>[] = [
      ...typeColumns,
      { id: "owner", cell: ({ row }) => <MutedCell>{ownerName(row.original.ownerId)}</MutedCell> },
      { id: "tags", cell: ({ row }) => <TagsCell tags={row.original.tags} /> },
      { id: "createdAt", cell: ({ row }) => <DateCell value={row.original.createdAt} timeZone={timeZone} /> },
      { id: "updatedAt", cell: ({ row }) => <DateCell value={row.original.updatedAt} timeZone={timeZone} /> },
      ...customColumns,
    ];
    // The table shows its columns in the order of the list's config.
    const order = new Map(config.columns.map((column, index) => [column.id, index]));
    const at = (cell: ColumnDef<T>) => order.get(cell.id ?? "") ?? order.size;
    return cells.sort((a, b) => at(a) - at(b));
  }, [typeColumns, customColumns, config, members, timeZone]);
  return {
    slug: props.slug,
    rows: props.rows,
    nextCursor: props.nextCursor,
    total: props.total,
    state: props.state,
    invalid: props.invalid,
    members,
    currentUserId: props.currentUserId,
    canWrite: props.canWrite,
    canAssign: props.canAssign,
    config,
    columns,
  };
}
