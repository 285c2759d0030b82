import { type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";
import { executeRows } from "../../db/execute-rows";

/** Up to this many rows a list's total is counted exactly; beyond it the planner's estimate is shown. */
export const EXACT_COUNT_LIMIT = 10_000;

export type ListTotal = { total: number; totalIsEstimate: boolean };

/**
 * A planner estimate this far past the limit is shown without counting: counting 10,001 rows read
 * ~800 pages (a PGlite list request went from ~3 to ~20 ms at 100k contacts), and an estimate off by
 * more than 3× is rare for the list filters (indexed equality, tags, ranges).
 */
const SKIP_COUNT_ABOVE = EXACT_COUNT_LIMIT * 3;

/**
 * How many rows a list's filters select. First the planner's row estimate for the WHERE clause (one
 * EXPLAIN, no rows read): far past the limit — the unfiltered list of a big org — that is the answer,
 * marked as an estimate. Otherwise a bounded `count(*)` over `limit 10001` reads at most
 * EXACT_COUNT_LIMIT + 1 rows, so it costs the same at a million rows as at ten thousand, and the
 * total is exact up to the limit.
 */
export async function countListed(tx: DbOrTx, table: PgTable, where: SQL): Promise<ListTotal> {
  const [planned] = await executeRows(
    tx,
    sql`explain (format json) ${tx.select({ one: sql`1` }).from(table).where(where)}`,
  );
  const estimate = planRows(planned);
  if (estimate > SKIP_COUNT_ABOVE) return { total: estimate, totalIsEstimate: true };
  const capped = tx
    .select({ one: sql`1` })
    .from(table)
    .where(where)
    .limit(EXACT_COUNT_LIMIT + 1)
    .as("capped");
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(capped);
  const exact = Number(row?.n ?? 0);
  if (exact <= EXACT_COUNT_LIMIT) return { total: exact, totalIsEstimate: false };
  // Past the limit the estimate never says fewer rows than were just counted.
  return { total: Math.max(estimate, exact), totalIsEstimate: true };
}

function planRows(row: Record<string, unknown> | undefined): number {
  // node-postgres and PGlite both name the column "QUERY PLAN"; its value is JSON text or parsed JSON.
  const raw = row ? Object.values(row)[0] : undefined;
  const plan = typeof raw === "string" ? JSON.parse(raw) : raw;
  const rows = (plan as { Plan?: { "Plan Rows"?: number } }[] | undefined)?.[0]?.Plan?.["Plan Rows"];
  return Math.round(Number(rows ?? 0));
}
