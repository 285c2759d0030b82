import { and, count, eq, gte, inArray, isNotNull, isNull, lt, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { executeRows } from "../../db/execute-rows";
import type { Ctx } from "../../platform/context";
import { contacts } from "../contacts/tables";
import { dealStageTotals, deals } from "../deals/tables";
import { visibleRecords } from "../records/visibility";
import { OPEN_TASK_STATUSES } from "../tasks/schemas";
import { tasks } from "../tasks/tables";
import { type CappedCount, DASHBOARD_COUNT_CAP } from "./schemas";

// SQL of the dashboard. Every figure reads an index range or the running deal totals, never every
// row of a table; the counts that could grow without bound stop at a cap.

type Range = { from?: SQL; to: SQL };

/** Rows of `where` on `table`, counted up to the cap: a scalar subquery with a LIMIT inside, so at most cap + 1 index entries. */
function cappedCount(table: typeof tasks | typeof contacts, where: SQL | undefined): SQL {
  return sql`(select count(*)::int from (select 1 from ${table} where ${where} limit ${DASHBOARD_COUNT_CAP + 1}) capped)`;
}

/** Several capped counts in one statement (one round trip instead of one each). */
export async function countUpTo<K extends string>(
  tx: Tx,
  counts: Record<K, SQL>,
): Promise<Record<K, CappedCount>> {
  const entries = Object.entries(counts) as [K, SQL][];
  const [row] = await executeRows<Record<K, number | string>>(
    tx,
    sql`select ${sql.join(
      entries.map(([key, count]) => sql`${count} as ${sql.identifier(key)}`),
      sql`, `,
    )}`,
  );
  return Object.fromEntries(
    entries.map(([key]) => {
      const n = Number(row?.[key] ?? 0);
      return [key, { count: Math.min(n, DASHBOARD_COUNT_CAP), more: n > DASHBOARD_COUNT_CAP }];
    }),
  ) as Record<K, CappedCount>;
}

/** The user's open tasks due in [from, to), from the (org, owner, status, due) index. */
export function openTasksDue(orgId: string, userId: string, due: Range): SQL {
  return cappedCount(
    tasks,
    and(
      eq(tasks.orgId, orgId),
      eq(tasks.ownerId, userId),
      inArray(tasks.status, [...OPEN_TASK_STATUSES]),
      isNotNull(tasks.dueAt),
      due.from ? gte(tasks.dueAt, due.from) : undefined,
      lt(tasks.dueAt, due.to),
      isNull(tasks.deletedAt),
    ),
  );
}

/** Contacts the caller may see created since `since`, from the (org, created) index. */
export function newContactsSince(ctx: Ctx, since: SQL): SQL {
  return cappedCount(
    contacts,
    and(visibleRecords(ctx, contacts, "contacts"), gte(contacts.createdAt, since)),
  );
}

/** Per currency, the open deals (no outcome) the user owns, from the running totals. */
export function sumOpenDealsOwnedBy(tx: Tx, orgId: string, userId: string) {
  return tx
    .select({
      currency: dealStageTotals.currency,
      count: sql<number>`sum(${dealStageTotals.dealCount})`.mapWith(Number),
      value: sql<number>`sum(${dealStageTotals.value})`.mapWith(Number),
    })
    .from(dealStageTotals)
    .where(
      and(
        eq(dealStageTotals.orgId, orgId),
        eq(dealStageTotals.ownerId, userId),
        isNull(dealStageTotals.outcome),
      ),
    )
    .groupBy(dealStageTotals.currency)
    .having(sql`sum(${dealStageTotals.dealCount}) > 0`);
}

/** Per currency, the deals the caller may see won in [from, to), from the partial won-deals index. */
export function sumDealsWon(tx: Tx, ctx: Ctx, closed: { from: SQL; to: SQL }) {
  return tx
    .select({
      currency: deals.currency,
      count: count(),
      value: sql<number>`coalesce(sum(${deals.value}), 0)`.mapWith(Number),
    })
    .from(deals)
    .where(
      and(
        visibleRecords(ctx, deals, "deals"),
        // A constant, not a parameter, so the planner can match the partial index's predicate.
        sql`${deals.outcome} = 'won'`,
        gte(deals.actualCloseDate, closed.from),
        lt(deals.actualCloseDate, closed.to),
      ),
    )
    .groupBy(deals.currency);
}
