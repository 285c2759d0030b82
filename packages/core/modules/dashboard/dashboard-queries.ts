import { and, count, eq, gte, inArray, isNotNull, isNull, lt, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
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

/** Rows of `where` on `table`, counted up to the cap (a LIMIT inside, so at most cap + 1 index entries). */
async function countUpTo(
  tx: Tx,
  table: typeof tasks | typeof contacts,
  where: SQL | undefined,
): Promise<CappedCount> {
  const capped = tx
    .select({ one: sql`1`.as("one") })
    .from(table)
    .where(where)
    .limit(DASHBOARD_COUNT_CAP + 1)
    .as("capped");
  const [row] = await tx.select({ n: count() }).from(capped);
  const n = row?.n ?? 0;
  return { count: Math.min(n, DASHBOARD_COUNT_CAP), more: n > DASHBOARD_COUNT_CAP };
}

/** The user's open tasks due in [from, to), from the (org, owner, status, due) index. */
export function countOpenTasksDue(tx: Tx, orgId: string, userId: string, due: Range) {
  return countUpTo(
    tx,
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
export function countNewContacts(tx: Tx, ctx: Ctx, since: SQL) {
  return countUpTo(
    tx,
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
