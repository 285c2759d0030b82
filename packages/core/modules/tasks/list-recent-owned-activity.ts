import { type AnyColumn, and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { type Activity, activities } from "../activities/tables";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals } from "../deals/tables";

/** How many of the org's newest activities the first pass walks at most. */
export const RECENT_ACTIVITY_WINDOW = 500;
/** How many owned records per kind the second pass reads the timelines of. */
export const OWNED_RECORDS_CAP = 100;

type Options = { limit: number; window?: number; ownedCap?: number };

/**
 * The newest activities (not in the trash) on contacts, companies or deals the user owns, newest
 * first. Never hashes the user's records: the first pass walks the org's newest activities by
 * index and checks each one's links by primary key, stopping at `limit` matches or after `window`
 * activities. Only when that finds too few (the user's records are quiet), a second pass reads the
 * newest activities of at most `ownedCap` of the user's records per kind, one short index scan each.
 * Worst case: `window` activities plus 3 × `ownedCap` timeline scans, whatever the table sizes. It is
 * exact when the matches are among the `window` newest activities or the user owns at most `ownedCap`
 * records of each kind; otherwise the second pass may miss some older ones.
 */
export async function listRecentOwnedActivity(
  tx: Tx,
  orgId: string,
  userId: string,
  { limit, window = RECENT_ACTIVITY_WINDOW, ownedCap = OWNED_RECORDS_CAP }: Options,
): Promise<Activity[]> {
  const newest = tx
    .select()
    .from(activities)
    .where(and(eq(activities.orgId, orgId), isNull(activities.deletedAt)))
    .orderBy(desc(activities.occurredAt), desc(activities.id))
    .limit(window)
    .as("newest");
  // Scalar subqueries, not EXISTS: the planner may turn a correlated EXISTS into a hash of every
  // record the user owns (20k–40k at 1M), which is what this query avoids. COALESCE stops at the
  // first link that matches.
  const owned = (table: typeof contacts | typeof companies | typeof deals, id: AnyColumn) =>
    tx
      .select({ yes: sql`true` })
      .from(table)
      .where(
        and(eq(table.orgId, orgId), eq(table.id, id), eq(table.ownerId, userId), isNull(table.deletedAt)),
      );
  const first = await tx
    .select()
    .from(newest)
    .where(
      sql`coalesce(${owned(contacts, newest.contactId)}, ${owned(companies, newest.companyId)}, ${owned(deals, newest.dealId)}, false)`,
    )
    .orderBy(desc(newest.occurredAt), desc(newest.id))
    .limit(limit);
  if (first.length >= limit) return first;

  const byId = new Map<string, Activity>(first.map((row) => [row.id, row]));
  for (const [table, link] of [
    [contacts, activities.contactId],
    [companies, activities.companyId],
    [deals, activities.dealId],
  ] as const) {
    for (const row of await timelinesOfOwned(tx, orgId, userId, table, link, limit, ownedCap))
      byId.set(row.id, row);
  }
  return [...byId.values()]
    .sort(
      (a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
    )
    .slice(0, limit);
}

/** Per owned record (up to `cap`), its newest `limit` activities from the per-link index. */
async function timelinesOfOwned(
  tx: Tx,
  orgId: string,
  userId: string,
  table: typeof contacts | typeof companies | typeof deals,
  link: AnyColumn,
  limit: number,
  cap: number,
): Promise<Activity[]> {
  const records = tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.orgId, orgId), eq(table.ownerId, userId), isNull(table.deletedAt)))
    .limit(cap)
    .as("owned");
  const timeline = tx
    .select()
    .from(activities)
    .where(and(eq(activities.orgId, orgId), eq(link, records.id), isNull(activities.deletedAt)))
    .orderBy(desc(activities.occurredAt), desc(activities.id))
    .limit(limit)
    .as("timeline");
  const rows = await tx
    .select()
    .from(records)
    .innerJoinLateral(timeline, sql`true`)
    .orderBy(desc(timeline.occurredAt), desc(timeline.id))
    .limit(limit);
  return rows.map((r) => r.timeline);
}
