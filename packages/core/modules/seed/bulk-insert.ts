import { getTableColumns, getTableName, type SQL, sql } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import { getDatabaseHandle } from "../../db/client";

/** Rows per statement and transaction: large enough to amortize round trips, small enough for memory. */
const ROWS_PER_BATCH = 10_000;
/**
 * Statements in flight at once on PostgreSQL: the server is the bottleneck (one backend per
 * statement), so a second connection uses the second core while the next batch is generated.
 * PGlite has one connection.
 */
const POSTGRES_PARALLEL_BATCHES = 2;

/**
 * Inserts `total` generated rows, `ROWS_PER_BATCH` per statement and transaction, as
 * `INSERT … SELECT … FROM unnest($1::text[], $2::text[], …)`: one array parameter per column instead
 * of one parameter per value, so a batch costs one short statement. Values go through each column's
 * own driver mapping (dates, JSON, arrays) exactly as a drizzle insert would send them; columns a row
 * leaves out get their database defaults. Rows are generated batch by batch, never all at once.
 * Rows may only reference rows of tables loaded before (batches of one table can commit in any order).
 */
export async function bulkInsert<TTable extends PgTable>(
  table: TTable,
  total: number,
  make: (i: number) => PgInsertValue<TTable>,
  onProgress: (done: number) => void,
): Promise<void> {
  const { db, kind } = await getDatabaseHandle();
  const parallel = kind === "postgres" ? POSTGRES_PARALLEL_BATCHES : 1;
  const columns = getTableColumns(table);
  const inFlight: Promise<void>[] = [];
  let done = 0;
  let committed = 0;
  while (done < total) {
    const end = Math.min(total, done + ROWS_PER_BATCH);
    const rows: Record<string, unknown>[] = [];
    for (let i = done; i < end; i++) rows.push(make(i) as Record<string, unknown>);
    const keys = Object.keys(rows[0] ?? {}).filter((key) => key in columns);
    const names: SQL[] = [];
    const casts: SQL[] = [];
    const arrays: SQL[] = [];
    for (const key of keys) {
      const column = columns[key];
      if (!column) continue;
      const values = rows.map((row) => {
        const value = row[key];
        if (value === null || value === undefined) return null;
        const mapped = column.mapToDriverValue(value);
        return typeof mapped === "string" ? mapped : String(mapped);
      });
      names.push(sql`${sql.identifier(column.name)}`);
      // The SQL type comes from the schema definition, never from input.
      casts.push(sql`${sql.identifier(column.name)}::${sql.raw(column.getSQLType())}`);
      arrays.push(sql`${sql.param(values)}::text[]`);
    }
    const size = end - done;
    const batch = db
      .execute(
        sql`insert into ${sql.identifier(getTableName(table))} (${sql.join(names, sql`, `)})
        select ${sql.join(casts, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) as u(${sql.join(names, sql`, `)})`,
      )
      .then(() => {
        committed += size;
        onProgress(committed);
      });
    // Awaited below; the empty handler only keeps a failure from being reported as unhandled meanwhile.
    batch.catch(() => {});
    inFlight.push(batch);
    done = end;
    if (inFlight.length >= parallel) await inFlight.shift();
  }
  await Promise.all(inFlight);
}
