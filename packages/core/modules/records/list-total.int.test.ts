// Issue 12.9: list answers said nothing about how many records the filters select ("50 records on
// this page"). Every record list now carries `total` — exact up to EXACT_COUNT_LIMIT, the planner's
// estimate beyond it, marked `totalIsEstimate` — counted over every page, not the current one.
// Issue 12.7: the tasks list claimed due-date order but sorted by last update.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createContact } from "../contacts/create-contact";
import { listContacts } from "../contacts/list-contacts";
import { createDeal } from "../deals/create-deal";
import { listDeals } from "../deals/list-deals";
import { seedOrg } from "../seed/seed-org";
import { completeTask } from "../tasks/complete-task";
import { createTask } from "../tasks/create-task";
import { listTasks } from "../tasks/list-tasks";
import { EXACT_COUNT_LIMIT } from "./count-listed";

useTestDatabase();

describe("list totals", () => {
  it("counts every page of the filtered list exactly, for the rows the caller may see", async () => {
    const org = await createTestOrg("Totals");
    const rep = await addTestMember(org.orgId, "rep");
    for (let i = 0; i < 5; i++) await createContact(org.ctx, { firstName: `Admin${i}`, leadStatus: "new" });
    for (let i = 0; i < 3; i++)
      await createContact(rep.ctx, { firstName: `Rep${i}`, leadStatus: "contacted" });

    const first = await listContacts(org.ctx, { limit: 3 });
    expect(first).toMatchObject({ total: 8, totalIsEstimate: false });
    expect(first.data).toHaveLength(3);
    const second = await listContacts(org.ctx, { limit: 3, cursor: first.nextCursor ?? undefined });
    expect(second).toMatchObject({ total: 8, totalIsEstimate: false });

    expect(await listContacts(org.ctx, { limit: 2 }, { leadStatus: "contacted" })).toMatchObject({
      total: 3,
      totalIsEstimate: false,
    });
    expect(await listContacts(org.ctx, { q: "Admin3" })).toMatchObject({ total: 1 });
    // A rep counts only what a rep sees.
    expect(await listContacts(rep.ctx, { limit: 1 })).toMatchObject({ total: 3, totalIsEstimate: false });
    expect(await listContacts(rep.ctx, { limit: 1 }, { leadStatus: "new" })).toMatchObject({ total: 0 });
  });

  it("totals every record type's list", async () => {
    const org = await createTestOrg("Deals total");
    await createDeal(org.ctx, { title: "One", value: 100, currency: "EUR" });
    await createDeal(org.ctx, { title: "Two", value: 200, currency: "EUR" });
    const page = await listDeals(org.ctx, { limit: 1 });
    expect(page).toMatchObject({ total: 2, totalIsEstimate: false });
    expect(page.data[0]).toHaveProperty("weightedValue");
    expect(await listTasks(org.ctx, { limit: 1 })).toMatchObject({ total: 0, totalIsEstimate: false });
  });

  it("estimates beyond the exact-count limit and says so", { timeout: 120_000 }, async () => {
    const org = await createTestOrg("Many");
    await seedOrg({
      orgId: org.orgId,
      contacts: EXACT_COUNT_LIMIT + 500,
      companies: 0,
      deals: 0,
      activities: 0,
      tasks: 0,
      reps: 0,
    });
    await (await getDb()).execute(sql`analyze contacts`);
    const page = await listContacts(org.ctx, { limit: 50 });
    expect(page.data).toHaveLength(50);
    expect(page.totalIsEstimate).toBe(true);
    expect(page.total).toBeGreaterThan(EXACT_COUNT_LIMIT);
    expect(page.total).toBeLessThan(EXACT_COUNT_LIMIT * 3);
    // Below the limit the same org's filtered list is exact again.
    const filtered = await listContacts(org.ctx, { limit: 50 }, { leadStatus: "unqualified" });
    expect(filtered.totalIsEstimate).toBe(false);
  });
});

describe("tasks list order", () => {
  it("sorts by due date by default, undated last, and the open filter leaves done tasks out", async () => {
    const org = await createTestOrg("Due order");
    await createTask(org.ctx, { title: "later", dueAt: "2030-02-01T09:00:00Z" });
    await createTask(org.ctx, { title: "undated" });
    const done = await createTask(org.ctx, { title: "done", dueAt: "2030-01-15T09:00:00Z" });
    await createTask(org.ctx, { title: "soon", dueAt: "2030-01-01T09:00:00Z" });
    await completeTask(org.ctx, done.id);

    const all = await listTasks(org.ctx, {});
    expect(all.data.map((t) => t.title)).toEqual(["soon", "done", "later", "undated"]);
    const open = await listTasks(org.ctx, {}, { status: "open,in_progress" });
    expect(open.data.map((t) => t.title)).toEqual(["soon", "later", "undated"]);
    expect(open).toMatchObject({ total: 3, totalIsEstimate: false });
  });
});
