import { getTableColumns, is, SQL, sql, type Table } from "drizzle-orm";
import type { Tx } from "../../db/client";

/**
 * Inserts many rows with one statement and one parameter: the rows travel as a JSON array that
 * jsonb_populate_recordset turns into records. Building a 1000-row VALUES list through the query
 * builder costs more CPU than the database spends inserting it; this keeps a 100k-row import fast.
 * A column some rows set and others leave out gets its default for those (computed here).
 */
export async function bulkInsert(tx: Tx, table: Table, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  // Only columns some row sets: the others keep their database default (search vectors, timestamps…).
  const columns = Object.entries(getTableColumns(table)).filter(
    ([key, c]) => !c.generated && rows.some((row) => row[key] !== undefined),
  );
  const now = new Date().toISOString();
  const defaults = columns.map(([, c]) => defaultOf(c, now));
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    columns.forEach(([key, column], i) => {
      const value = row[key];
      record[column.name] =
        value === undefined ? defaults[i] : value instanceof Date ? value.toISOString() : value;
    });
    return record;
  });
  const names = sql.join(
    columns.map(([, c]) => sql.identifier(c.name)),
    sql`, `,
  );
  await tx.execute(
    sql`insert into ${table} (${names}) select ${names} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(records)}::jsonb)`,
  );
}

type Column = ReturnType<typeof getTableColumns>[string];

/** The value a column's DEFAULT would give: a literal default, now() for timestamps, '{}' for arrays. */
function defaultOf(column: Column, now: string): unknown {
  if (!column.hasDefault) return null;
  const value = column.default;
  if (value !== undefined && !is(value, SQL)) return value;
  if (column.columnType.includes("Timestamp")) return now;
  if (column.columnType === "PgArray") return [];
  if (column.defaultFn) return column.defaultFn();
  throw new Error(`No default for column ${column.name}`);
}
