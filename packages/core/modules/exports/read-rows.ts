import { type Column, getTableColumns, type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "../../db/client";
import { executeRows } from "../../db/execute-rows";
import type { BatchQuery, ExtraColumn } from "./export-spec";

// How an export reads a batch of records: every column of the table, with timestamps already
// written by the database as ISO 8601 UTC text (the form the file shows), and the driver's rows
// decoded by a list of conversions fixed once per table. The ORM's generic row mapping (a type
// check per cell) and a Date parsed and printed again per timestamp were half an export's CPU.

/** Columns no export shows, left out of the read. */
const UNREAD = ["orgId", "createdBy", "deletedAt"] as const;

/**
 * A table row as an export reads it: timestamps are ISO 8601 UTC strings (`2026-01-31T09:30:00.000Z`),
 * the tenant and bookkeeping columns are not read.
 */
export type ExportRow<T> = {
  [K in Exclude<keyof T, (typeof UNREAD)[number]>]: T[K] extends Date
    ? string
    : T[K] extends Date | null
      ? string | null
      : T[K];
};

const ISO_UTC = `YYYY-MM-DD"T"HH24:MI:SS.MS"Z"`;

type Decoder = { key: string; column: Column };

export type RowReader<T> = (tx: Tx, query: BatchQuery, extra: ExtraColumn[]) => Promise<ExportRow<T>[]>;

export function rowReader<T extends PgTable>(table: T): RowReader<T["$inferSelect"]> {
  const columns = Object.entries(getTableColumns(table)).filter(
    ([key]) => !(UNREAD as readonly string[]).includes(key),
  );
  const list: SQL[] = [];
  const decoders: Decoder[] = [];
  for (const [key, column] of columns) {
    const alias = sql.identifier(key);
    if (column.columnType === "PgTimestamp" || column.columnType === "PgTimestampString") {
      const utc = (column as unknown as { withTimezone: boolean }).withTimezone
        ? sql`${column} at time zone 'UTC'`
        : sql`${column}`;
      list.push(sql`to_char(${utc}, ${ISO_UTC}) as ${alias}`);
    } else {
      list.push(sql`${column} as ${alias}`);
      // Text comes as it is; other types only when the driver hands them over as text (int8, numeric,
      // jsonb or arrays on some drivers).
      if (column.dataType !== "string") decoders.push({ key, column });
    }
  }
  const selectList = sql.join(list, sql`, `);
  return async (tx, query, extra) => {
    const extraList = extra.map(({ key, expr }) => sql`, ${expr} as ${sql.identifier(key)}`);
    const rows = await executeRows(
      tx,
      sql`select ${selectList}${sql.join(extraList)} from ${table} where ${query.where} order by ${sql.join(query.orderBy, sql`, `)} limit ${query.limit}`,
    );
    for (const row of rows)
      for (const { key, column } of decoders) {
        const value = row[key];
        if (typeof value === "string") row[key] = column.mapFromDriverValue(value);
      }
    return rows as ExportRow<T["$inferSelect"]>[];
  };
}
