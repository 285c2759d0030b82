import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createContact } from "../contacts/create-contact";
import { contacts } from "../contacts/tables";
import { createDeal } from "../deals/create-deal";
import { deleteDeal } from "../deals/delete-deal";
import { getPipelineBoard } from "../deals/get-board";
import { markDealWon } from "../deals/mark-deal-won";
import { updateDeal } from "../deals/update-deal";
import { updateOrgSettings } from "../orgs/update-org-settings";
import { shareRecord } from "../records/share-record";
import { seedOrg } from "../seed/seed-org";
import { createTask } from "../tasks/create-task";
import { deleteTask } from "../tasks/delete-task";
import { getDashboardSummary } from "./get-dashboard-summary";
import { DASHBOARD_COUNT_CAP, dashboardSummarySchema } from "./schemas";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;
const DAY = 86_400_000;

describe("dashboard summary", () => {
  it("counts the caller's tasks, open and won deals, pipeline totals and new contacts, as they may see them", async () => {
    const org = await createTestOrg("Home");
    await updateOrgSettings(org.ctx, { name: "Home", defaultCurrency: "EUR", timeZone: "UTC" });
    const rep = await addTestMember(org.orgId, "rep");
    const other = await addTestMember(org.orgId, "rep");
    const viewer = await addTestMember(org.orgId, "readonly");

    // Tasks: the day is cut in UTC (the org's zone here).
    const startOfToday = new Date(new Date().toISOString().slice(0, 10)).getTime();
    const iso = (ms: number) => new Date(ms).toISOString();
    await createTask(rep.ctx, { title: "Today", dueAt: iso(startOfToday + 1_000) });
    await createTask(rep.ctx, {
      title: "Today too",
      dueAt: iso(startOfToday + DAY - 1_000),
      status: "in_progress",
    });
    await createTask(rep.ctx, { title: "Overdue", dueAt: iso(startOfToday - 3_600_000) });
    await createTask(rep.ctx, { title: "Tomorrow", dueAt: iso(startOfToday + DAY + 3_600_000) });
    await createTask(rep.ctx, { title: "Done", dueAt: iso(startOfToday + 1_000), status: "done" });
    await createTask(rep.ctx, { title: "Undated" });
    const trashed = await createTask(rep.ctx, { title: "Trashed", dueAt: iso(startOfToday - DAY) });
    await deleteTask(rep.ctx, trashed.id);
    await createTask(other.ctx, { title: "Theirs", dueAt: iso(startOfToday - DAY) });

    // Deals: the rep's open ones in two currencies, a won one this month, one won last month, a trashed one.
    await createDeal(rep.ctx, { title: "Open EUR", value: 1_000 });
    await createDeal(rep.ctx, { title: "Open USD", value: 300, currency: "USD" });
    const wonNow = await createDeal(rep.ctx, { title: "Won now", value: 5_000 });
    await markDealWon(rep.ctx, wonNow.id);
    const wonBefore = await createDeal(rep.ctx, { title: "Won before", value: 7_000 });
    await markDealWon(rep.ctx, wonBefore.id);
    const lastMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 0));
    await updateDeal(rep.ctx, wonBefore.id, { actualCloseDate: lastMonth.toISOString().slice(0, 10) });
    const gone = await createDeal(rep.ctx, { title: "Gone", value: 9 });
    await deleteDeal(rep.ctx, gone.id);
    const theirsWon = await createDeal(other.ctx, { title: "Their win", value: 100, currency: "USD" });
    await markDealWon(other.ctx, theirsWon.id);
    await createDeal(other.ctx, { title: "Their open", value: 40 });

    // Contacts: new ones of each rep, one shared, one created 8 days ago.
    await createContact(rep.ctx, { firstName: "New mine" });
    const old = await createContact(rep.ctx, { firstName: "Old mine" });
    const db = await getDb();
    await db
      .update(contacts)
      .set({ createdAt: new Date(Date.now() - 8 * DAY) })
      .where(and(eq(contacts.orgId, org.orgId), eq(contacts.id, old.id)));
    const shared = await createContact(other.ctx, { firstName: "Shared" });
    await shareRecord(other.ctx, "contacts", shared.id, rep.userId);
    await createContact(other.ctx, { firstName: "Not shared" });

    const mine = await getDashboardSummary(rep.ctx);
    // The OpenAPI document describes the answer with this schema.
    expect(dashboardSummarySchema.parse(mine)).toEqual(mine);
    expect(mine).toMatchObject({
      currency: "EUR",
      timeZone: "UTC",
      tasks: { dueToday: { count: 2, more: false }, overdue: { count: 1, more: false } },
      myOpenDeals: {
        count: 2,
        totals: [
          { currency: "EUR", count: 1, value: 1_000 },
          { currency: "USD", count: 1, value: 300 },
        ],
      },
      wonThisMonth: { count: 1, totals: [{ currency: "EUR", count: 1, value: 5_000 }] },
      newContacts: { count: 2, more: false },
      links: { myDay: "/api/v1/my-day" },
    });
    const pipelineId = mine.pipeline?.id ?? "";
    expect(mine.links.board).toBe(`/api/v1/pipelines/${pipelineId}/board`);
    const board = await getPipelineBoard(rep.ctx, pipelineId);
    expect(mine.pipeline?.stages).toEqual(
      board.stages.map((s) => ({
        id: s.id,
        name: s.name,
        kind: s.kind,
        count: s.count,
        totals: s.totals,
        converted: s.converted,
      })),
    );
    expect(mine.pipeline?.stages.reduce((n, s) => n + s.count, 0)).toBe(4);

    // The admin sees every deal and contact; "my" figures stay the admin's own.
    const all = await getDashboardSummary(org.ctx);
    expect(all).toMatchObject({
      tasks: { dueToday: { count: 0 }, overdue: { count: 0 } },
      myOpenDeals: { count: 0, totals: [] },
      wonThisMonth: {
        count: 2,
        totals: [
          { currency: "EUR", count: 1, value: 5_000 },
          { currency: "USD", count: 1, value: 100 },
        ],
      },
      newContacts: { count: 3, more: false },
    });
    expect(all.pipeline?.stages.reduce((n, s) => n + s.count, 0)).toBe(6);
    expect((await getDashboardSummary(viewer.ctx)).wonThisMonth.count).toBe(2);

    // Reps who may read everything see the org's figures.
    await updateOrgSettings(org.ctx, {
      name: "Home",
      defaultCurrency: "EUR",
      timeZone: "UTC",
      repsCanReadAll: true,
    });
    const wide = await getDashboardSummary(rep.ctx);
    expect(wide.wonThisMonth.count).toBe(2);
    expect(wide.newContacts.count).toBe(3);
    expect(wide.pipeline?.stages.reduce((n, s) => n + s.count, 0)).toBe(6);
  });

  it("stops counting new contacts at the cap", async () => {
    const org = await createTestOrg("Many");
    await seedOrg({
      orgId: org.orgId,
      contacts: DASHBOARD_COUNT_CAP + 5,
      companies: 0,
      deals: 0,
      activities: 0,
      tasks: 0,
      reps: 0,
    });
    const db = await getDb();
    await db.execute(sql`update contacts set created_at = now() where org_id = ${org.orgId}`);
    expect((await getDashboardSummary(org.ctx)).newContacts).toMatchObject({
      count: DASHBOARD_COUNT_CAP,
      more: true,
    });
  });

  it("needs a person and another org's data never shows", async () => {
    const org = await createTestOrg("Keys");
    await createDeal(org.ctx, { title: "Mine", value: 10 });
    await expect(getDashboardSummary({ ...org.ctx, userId: null }).catch(codeOf)).resolves.toBe("forbidden");
    const stranger = await createTestOrg("Stranger");
    const theirs = await getDashboardSummary(stranger.ctx);
    expect(theirs.myOpenDeals.count).toBe(0);
    expect(theirs.pipeline?.stages.every((s) => s.count === 0)).toBe(true);
    expect(theirs.newContacts.count).toBe(0);
  });
});
