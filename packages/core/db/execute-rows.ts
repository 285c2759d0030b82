import type { SQLWrapper } from "drizzle-orm";
import type { DbOrTx } from "./client";

/**
 * The rows of a raw SQL statement, on PGlite and node-postgres alike. `Row` is what the statement
 * selects; the database does not check it, so parse with zod where the shape is not the query's own.
 */
export async function executeRows<Row extends Record<string, unknown> = Record<string, unknown>>(
  db: DbOrTx,
  query: SQLWrapper,
): Promise<Row[]> {
  return (await db.execute<Row>(query)).rows;
}
