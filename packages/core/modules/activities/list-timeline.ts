import { and, desc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { dealContacts, deals } from "../deals/tables";
import { decodeCursor, encodeCursor, isTimestampCursor } from "../records/cursor";
import type { Page } from "../records/list-query";
import { findVisibleRecord } from "../records/record-access";
import { visibleRecords } from "../records/visibility";
import { TIMELINE_DEFAULT_LIMIT, type TimelineAnchorData, type TimelineOptionsData } from "./schemas";
import { type Activity, activities } from "./tables";

/**
 * The history of one record, newest first, system entries included. A company's timeline rolls up
 * its contacts' and deals' activities, a contact's its deals'; only records the caller can see count.
 * The anchor and options are parsed by `timelineInputSchema` (the operation `timeline.list`); a page
 * holds 50 entries unless `limit` says otherwise.
 */
export async function listTimeline(
  ctx: Ctx,
  anchor: TimelineAnchorData,
  options: Partial<TimelineOptionsData> = {},
): Promise<Page<Activity>> {
  assertCan(ctx, "records:read");
  return withOrg(ctx, async (tx) => {
    await assertAnchorVisible(tx, ctx, anchor);
    return readTimeline(tx, ctx, anchor, { ...options, limit: options.limit ?? TIMELINE_DEFAULT_LIMIT });
  });
}

/** The first page of the timeline of a record the caller has just been shown (its visibility checked). */
export const listTimelineOfVisibleAnchor = (tx: Tx, ctx: Ctx, anchor: Anchor): Promise<Page<Activity>> =>
  readTimeline(tx, ctx, anchor, { limit: TIMELINE_DEFAULT_LIMIT });

type Anchor = { contactId?: string; companyId?: string; dealId?: string };

async function assertAnchorVisible(tx: Tx, ctx: Ctx, anchor: Anchor): Promise<void> {
  if (anchor.dealId) await findVisibleRecord(tx, ctx, deals, "deals", anchor.dealId);
  else if (anchor.contactId) await findVisibleRecord(tx, ctx, contacts, "contacts", anchor.contactId);
  else await findVisibleRecord(tx, ctx, companies, "companies", anchor.companyId as string);
}

async function readTimeline(
  tx: Tx,
  ctx: Ctx,
  anchor: Anchor,
  options: TimelineOptionsData,
): Promise<Page<Activity>> {
  const conditions: (SQL | undefined)[] = [
    eq(activities.orgId, ctx.orgId),
    isNull(activities.deletedAt),
    await anchorCondition(tx, ctx, anchor),
  ];
  if (options.types?.length) conditions.push(inArray(activities.type, options.types));
  if (options.cursor) {
    const cursor = decodeCursor(options.cursor, isTimestampCursor);
    conditions.push(
      sql`(${activities.occurredAt}, ${activities.id}) < (${cursor.v}::timestamptz, ${cursor.id}::uuid)`,
    );
  }
  const rows = await tx
    .select()
    .from(activities)
    .where(and(...conditions))
    .orderBy(desc(activities.occurredAt), desc(activities.id))
    .limit(options.limit + 1);
  const data = rows.slice(0, options.limit);
  const last = data[data.length - 1];
  const nextCursor =
    rows.length > options.limit && last
      ? encodeCursor({ v: last.occurredAt.toISOString(), id: last.id })
      : null;
  return { data, nextCursor };
}

/**
 * Which activities belong to the anchor. Linked deals and contacts are read first as id lists: an
 * `OR` with an `IN (subquery)` keeps PostgreSQL from combining the per-column indexes, so it would
 * walk every activity of the org newest first (200 ms at 200k activities) instead.
 */
async function anchorCondition(tx: Tx, ctx: Ctx, anchor: Anchor): Promise<SQL | undefined> {
  const visibleDealIds = async (where: SQL | undefined) =>
    (
      await tx
        .select({ id: deals.id })
        .from(deals)
        .where(and(visibleRecords(ctx, deals, "deals"), where))
    ).map((d) => d.id);
  if (anchor.dealId) return eq(activities.dealId, anchor.dealId);
  if (anchor.contactId) {
    const contactId = anchor.contactId;
    // The contact's deals from two index scans (primary contact, deal contacts) joined by UNION: an
    // `OR` with an `EXISTS` made PostgreSQL scan every deal of the org (430 ms at 200k deals).
    const onDeal = sql`${deals.id} in (
      select d.id from ${deals} d where d.org_id = ${ctx.orgId} and d.primary_contact_id = ${contactId}
      union
      select ${dealContacts.dealId} from ${dealContacts}
        where ${dealContacts.orgId} = ${ctx.orgId} and ${dealContacts.contactId} = ${contactId})`;
    const dealIds = await visibleDealIds(onDeal);
    return dealIds.length
      ? or(eq(activities.contactId, contactId), inArray(activities.dealId, dealIds))
      : eq(activities.contactId, contactId);
  }
  const companyId = anchor.companyId as string;
  const contactIds = (
    await tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(visibleRecords(ctx, contacts, "contacts"), eq(contacts.companyId, companyId)))
  ).map((c) => c.id);
  const dealIds = await visibleDealIds(eq(deals.companyId, companyId));
  return or(
    eq(activities.companyId, companyId),
    contactIds.length ? inArray(activities.contactId, contactIds) : undefined,
    dealIds.length ? inArray(activities.dealId, dealIds) : undefined,
  );
}
