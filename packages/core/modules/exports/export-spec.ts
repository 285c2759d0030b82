import type { AnyColumn, SQL } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { NameKind } from "../records/list-record-names";
import type { Cell } from "./csv";

// What one record type exports: its columns (with the names they resolve) and how to read a batch.
// The record-type registry (records/record-types.ts) holds each type's spec beside its list spec.

export type RecordRow = {
  id: string;
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
  /** ISO 8601 UTC, as the database writes it for the export (see read-rows.ts). */
  createdAt: string;
  updatedAt: string;
};

export type ExportColumn<R> = {
  id: string;
  header: string;
  value: (row: R) => Cell;
  /** An ISO 8601 timestamp: text in CSV, a date cell in XLSX. */
  timestamp?: boolean;
  /** The linked record this column names: its id column, read by the database with the row (nameOf). */
  ref?: { kind: NameKind; id: AnyColumn };
};

export type BatchQuery = { where: SQL; orderBy: SQL[]; limit: number };

/** A computed column a batch reads besides the table's own, under `key`. */
export type ExtraColumn = { key: string; expr: SQL };

/** Where a ref column's name is found in a row read with it. */
export const refKey = (columnId: string) => `@${columnId}`;

export type ExportSpec<R extends RecordRow> = {
  columns: ExportColumn<R>[];
  /** Column ids of the list pages that stand for one or more export columns (`name` → first and last name). */
  aliases?: Record<string, string[]>;
  /** Reads one batch with the extra (name) columns asked for (see rowReader). */
  read: (tx: Tx, query: BatchQuery, extra: ExtraColumn[]) => Promise<R[]>;
};

export const field = <R>(id: string, header: string, value: (row: R) => Cell): ExportColumn<R> => ({
  id,
  header,
  value,
});

export const timestamp = <R>(
  id: string,
  header: string,
  value: (row: R) => string | null,
): ExportColumn<R> => ({
  id,
  header,
  value,
  timestamp: true,
});

export const ref = <R>(id: string, header: string, kind: NameKind, idColumn: AnyColumn): ExportColumn<R> => {
  const key = refKey(id);
  return {
    id,
    header,
    ref: { kind, id: idColumn },
    value: (row) => ((row as Record<string, unknown>)[key] as string | null | undefined) ?? null,
  };
};

/** Owner, tags and timestamps, which every record has. */
export function recordColumns<R extends RecordRow>(
  ownerId: AnyColumn,
  ownerHeader = "Owner",
): ExportColumn<R>[] {
  return [
    ref<R>("owner", ownerHeader, "users", ownerId),
    field<R>("tags", "Tags", (r) => r.tags.join("; ")),
    timestamp<R>("createdAt", "Created at", (r) => r.createdAt),
    timestamp<R>("updatedAt", "Updated at", (r) => r.updatedAt),
  ];
}
