import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { activities } from "../activities/tables";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals } from "../deals/tables";
import { requireUserId } from "../notifications/require-user-id";
import { orgSettings } from "../orgs/tables";
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

    const ownedContacts = tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.ownerId, userId), isNull(contacts.deletedAt)));
    const ownedCompanies = tx
      .select({ id: companies.id })
      .from(companies)
      .where(and(eq(companies.orgId, ctx.orgId), eq(companies.ownerId, userId), isNull(companies.deletedAt)));
    const ownedDeals = tx
      .select({ id: deals.id })
      .from(deals)
      .where(and(eq(deals.orgId, ctx.orgId), eq(deals.ownerId, userId), isNull(deals.deletedAt)));
    const recentActivities = await tx
      .select()
      .from(activities)
      .where(
        and(
          eq(activities.orgId, ctx.orgId),
          isNull(activities.deletedAt),
          or(
            inArray(activities.contactId, ownedContacts),
            inArray(activities.companyId, ownedCompanies),
            inArray(activities.dealId, ownedDeals),
          ),
        ),
      )
      .orderBy(desc(activities.occurredAt), desc(activities.id))
      .limit(10);

    return { tasks: dueTasks, deals: closingDeals, activities: recentActivities };
  });
}
