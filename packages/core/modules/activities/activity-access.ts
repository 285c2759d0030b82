import { and, eq, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals } from "../deals/tables";
import { visibleRecords, writableRecords } from "../records/visibility";
import { type Activity, activities } from "./tables";

/**
 * Activities the caller may see: like any record (own, shared, or all for non-reps), and also every
 * activity on a contact, company or deal the caller can see, so a rep reads the whole history of
 * the records they work on, whoever wrote it.
 */
export function visibleActivities(ctx: Ctx, options: { trash?: boolean } = {}): SQL {
  const standard = visibleRecords(ctx, activities, "activities", options);
  if (ctx.role !== "rep") return standard;
  const linked = or(
    sql`exists (select 1 from ${contacts} where ${contacts.id} = ${activities.contactId} and ${visibleRecords(ctx, contacts, "contacts")})`,
    sql`exists (select 1 from ${companies} where ${companies.id} = ${activities.companyId} and ${visibleRecords(ctx, companies, "companies")})`,
    sql`exists (select 1 from ${deals} where ${deals.id} = ${activities.dealId} and ${visibleRecords(ctx, deals, "deals")})`,
  );
  const base = and(
    eq(activities.orgId, ctx.orgId),
    options.trash ? isNotNull(activities.deletedAt) : isNull(activities.deletedAt),
  );
  return or(standard, and(base, linked)) as SQL;
}

export async function findVisibleActivity(tx: Tx, ctx: Ctx, id: string): Promise<Activity> {
  const [row] = await tx
    .select()
    .from(activities)
    .where(and(visibleActivities(ctx), eq(activities.id, id)))
    .limit(1);
  if (!row) throw notFound("activity not found");
  return row;
}

/**
 * An activity the caller may change: 404 when invisible; 403 for system entries (history is not
 * edited by hand) and for a rep's view of someone else's activity that was not shared with them.
 */
export async function findWritableActivity(tx: Tx, ctx: Ctx, id: string): Promise<Activity> {
  assertCan(ctx, "records:write");
  const row = await findVisibleActivity(tx, ctx, id);
  if (row.type === "system") throw new AppError("forbidden", "System entries cannot be changed");
  const [writable] = await tx
    .select({ id: activities.id })
    .from(activities)
    .where(and(writableRecords(ctx, activities, "activities"), eq(activities.id, id)))
    .limit(1);
  if (!writable) throw new AppError("forbidden", "You may view this activity but not change it");
  return row;
}
