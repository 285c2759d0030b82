import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { deals } from "../deals/tables";
import { requireUserId } from "../notifications/require-user-id";
import { orgSettings } from "../orgs/tables";
import { listRecentOwnedActivity } from "./list-recent-owned-activity";
import { OPEN_TASK_STATUSES } from "./schemas";
import { tasks } from "./tables";

const LIMIT = 100;

/**
 * The caller's day: open tasks due today or overdue, own open deals expected to close this month
 * (both in the org's time zone), and the latest activity on records the caller owns.
 */
export async function listMyDay(ctx: Ctx) {
  assertCan(ctx, "records:read");
  const userId = requireUserId(ctx);
  return withOrg(ctx, async (tx) => {
    const [settings] = await tx
      .select({ timeZone: orgSettings.timeZone })
      .from(orgSettings)
      .where(eq(orgSettings.orgId, ctx.orgId));
    const tz = settings?.timeZone ?? "UTC";
    const localNow = sql`(now() at time zone ${tz})`;
    const endOfToday = sql`((date_trunc('day', ${localNow}) + interval '1 day') at time zone ${tz})`;

    const dueTasks = await tx
      .select()
      .from(tasks)
      .where(
        and(
          eq(tasks.orgId, ctx.orgId),
          isNull(tasks.deletedAt),
          eq(tasks.ownerId, userId),
          inArray(tasks.status, [...OPEN_TASK_STATUSES]),
          isNotNull(tasks.dueAt),
          lt(tasks.dueAt, endOfToday),
        ),
      )
      .orderBy(asc(tasks.dueAt), asc(tasks.id))
      .limit(LIMIT);

    const closingDeals = await tx
      .select()
      .from(deals)
      .where(
        and(
          eq(deals.orgId, ctx.orgId),
          isNull(deals.deletedAt),
          eq(deals.ownerId, userId),
          isNull(deals.outcome),
          gte(deals.expectedCloseDate, sql`date_trunc('month', ${localNow})::date`),
          lt(deals.expectedCloseDate, sql`(date_trunc('month', ${localNow}) + interval '1 month')::date`),
        ),
      )
      .orderBy(asc(deals.expectedCloseDate), asc(deals.id))
      .limit(LIMIT);

    const recentActivities = await listRecentOwnedActivity(tx, ctx.orgId, userId, { limit: 10 });

    return { tasks: dueTasks, deals: closingDeals, activities: recentActivities };
  });
}
