import { and, desc, eq, inArray, isNull, or } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createActivity } from "../activities/create-activity";
import { deleteActivity } from "../activities/delete-activity";
import { activities } from "../activities/tables";
import { createCompany } from "../companies/create-company";
import { deleteCompany } from "../companies/delete-company";
import { companies } from "../companies/tables";
import { createContact } from "../contacts/create-contact";
import { contacts } from "../contacts/tables";
import { createDeal } from "../deals/create-deal";
import { deals } from "../deals/tables";
import { listRecentOwnedActivity } from "./list-recent-owned-activity";

// My day hashed every record the user owns (200k at 1M) to find ten activities; the rewrite walks
// the newest activities instead. These tests hold it to the old query's answer.

useTestDatabase();

/** The old query: activities linked to any record the user owns, newest first. */
function reference(ctx: Ctx, userId: string, limit: number) {
  return withOrg(ctx, (tx) => {
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
    return tx
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
      .limit(limit);
  });
}

const recent = (ctx: Ctx, userId: string, options: Parameters<typeof listRecentOwnedActivity>[3]) =>
  withOrg(ctx, (tx) => listRecentOwnedActivity(tx, ctx.orgId, userId, options));

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

describe("recent activity on records I own", () => {
  it("answers what the old query answered, with the walk cut short or not", async () => {
    const org = await createTestOrg("Recent");
    const rep = await addTestMember(org.orgId, "rep");
    const other = await addTestMember(org.orgId, "rep");
    const myContact = await createContact(rep.ctx, { firstName: "Mine" });
    const myCompany = await createCompany(rep.ctx, { name: "My Co" });
    const myDeal = await createDeal(rep.ctx, { title: "My deal" });
    const goneCompany = await createCompany(rep.ctx, { name: "Trashed Co" });
    const theirContact = await createContact(other.ctx, { firstName: "Theirs" });
    const theirDeal = await createDeal(other.ctx, { title: "Their deal" });
    let minute = 500;
    const log = (subject: string, links: { contactId?: string; companyId?: string; dealId?: string }) =>
      createActivity(org.ctx, { type: "note", subject, occurredAt: at(minute--), ...links });

    // Old activity on the rep's records, then a long stretch on other people's records, then a little
    // more on the rep's (some linked twice, one on a trashed record, one deleted).
    for (let i = 0; i < 6; i++) await log(`old mine ${i}`, { contactId: myContact.id });
    await log("old deal", { dealId: myDeal.id });
    for (let i = 0; i < 25; i++)
      await log(`theirs ${i}`, { contactId: theirContact.id, dealId: theirDeal.id });
    await log("company", { companyId: myCompany.id });
    await log("both", { contactId: myContact.id, dealId: myDeal.id });
    await log("their contact, my deal", { contactId: theirContact.id, dealId: myDeal.id });
    await log("trashed company", { companyId: goneCompany.id });
    const deleted = await log("deleted", { contactId: myContact.id });
    await deleteActivity(org.ctx, deleted.id);
    await deleteCompany(rep.ctx, goneCompany.id);
    await log("newest theirs", { contactId: theirContact.id });

    const expected = (await reference(org.ctx, rep.userId, 10)).map((a) => a.subject);
    expect(expected.slice(0, 4)).toEqual(["their contact, my deal", "both", "company", "old deal"]);
    expect(expected).toHaveLength(10);
    // Default window: the first pass walks everything here.
    expect((await recent(org.ctx, rep.userId, { limit: 10 })).map((a) => a.subject)).toEqual(expected);
    // A window of 5 finds 3, so the second pass reads the timelines of the rep's records.
    expect((await recent(org.ctx, rep.userId, { limit: 10, window: 5 })).map((a) => a.subject)).toEqual(
      expected,
    );
    // A window that finds enough on its own.
    expect((await recent(org.ctx, rep.userId, { limit: 3, window: 8 })).map((a) => a.subject)).toEqual(
      expected.slice(0, 3),
    );
    // The other rep, and a user who owns nothing.
    expect((await recent(org.ctx, other.userId, { limit: 10, window: 5 })).map((a) => a.subject)).toEqual(
      (await reference(org.ctx, other.userId, 10)).map((a) => a.subject),
    );
    expect(await recent(org.ctx, org.userId, { limit: 10, window: 5 })).toEqual([]);
  });

  it("with the second pass capped, returns only the user's activity, newest first", async () => {
    const org = await createTestOrg("Capped");
    const rep = await addTestMember(org.orgId, "rep");
    const mine = [];
    for (let i = 0; i < 4; i++) mine.push(await createContact(rep.ctx, { firstName: `C${i}` }));
    let minute = 100;
    for (const contact of mine)
      await createActivity(org.ctx, {
        type: "call",
        subject: contact.firstName,
        occurredAt: at(minute--),
        contactId: contact.id,
      });
    const all = (await reference(org.ctx, rep.userId, 10)).map((a) => a.id);
    const capped = await recent(org.ctx, rep.userId, { limit: 10, window: 1, ownedCap: 2 });
    expect(capped.length).toBeGreaterThanOrEqual(2);
    expect(capped.map((a) => a.id).every((id) => all.includes(id))).toBe(true);
    expect(capped.map((a) => a.id)).toEqual(all.filter((id) => capped.some((a) => a.id === id)));
  });
});
