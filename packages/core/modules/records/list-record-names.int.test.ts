import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withOrg } from "../../db/tenant";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createActivity } from "../activities/create-activity";
import { createCompany } from "../companies/create-company";
import { deleteCompany } from "../companies/delete-company";
import { createContact } from "../contacts/create-contact";
import { createDeal } from "../deals/create-deal";
import { listPipelines } from "../deals/list-pipelines";
import { deals } from "../deals/tables";
import { createLead } from "../leads/create-lead";
import { createTask } from "../tasks/create-task";
import { listRecordNames, listStageNames, nameOf } from "./list-record-names";
import { DISPLAY_NAMES, RECORD_TABLES } from "./record-tables";
import { shareRecord } from "./share-record";

useTestDatabase();

describe("listRecordNames", () => {
  it("names only the records the caller may see, in this org, out of the trash", async () => {
    const org = await createTestOrg("Names");
    const other = await createTestOrg("Other");
    const repA = await addTestMember(org.orgId, "rep");
    const repB = await addTestMember(org.orgId, "rep");
    const own = await createCompany(repA.ctx, { name: "Own Co" });
    const hidden = await createCompany(repB.ctx, { name: "Hidden Co" });
    const shared = await createCompany(repB.ctx, { name: "Shared Co" });
    await shareRecord(repB.ctx, "companies", shared.id, repA.userId);
    const trashed = await createCompany(org.ctx, { name: "Trashed Co" });
    await deleteCompany(org.ctx, trashed.id);
    const foreign = await createCompany(other.ctx, { name: "Foreign Co" });
    const ids = [own.id, hidden.id, shared.id, trashed.id, foreign.id, null, "not-a-uuid", own.id];

    expect(await listRecordNames(repA.ctx, "companies", ids)).toEqual({
      [own.id]: "Own Co",
      [shared.id]: "Shared Co",
    });
    expect(await listRecordNames(org.ctx, "companies", ids)).toEqual({
      [own.id]: "Own Co",
      [hidden.id]: "Hidden Co",
      [shared.id]: "Shared Co",
    });
    expect(await listRecordNames(other.ctx, "companies", ids)).toEqual({ [foreign.id]: "Foreign Co" });
    expect(await listRecordNames(repA.ctx, "companies", [])).toEqual({});
  });

  it("names contacts, deals and leads the same way, and stages of the org", async () => {
    const org = await createTestOrg("Kinds");
    const other = await createTestOrg("Other");
    const rep = await addTestMember(org.orgId, "rep");
    const ada = await createContact(rep.ctx, { firstName: "Ada", lastName: "Lovelace" });
    const solo = await createContact(org.ctx, { firstName: "Solo" });
    const deal = await createDeal(rep.ctx, { title: "Big deal", value: 100 });
    const lead = await createLead(org.ctx, { name: "Lead Person" });

    expect(await listRecordNames(rep.ctx, "contacts", [ada.id, solo.id])).toEqual({
      [ada.id]: "Ada Lovelace",
    });
    expect(await listRecordNames(org.ctx, "contacts", [ada.id, solo.id])).toEqual({
      [ada.id]: "Ada Lovelace",
      [solo.id]: "Solo",
    });
    expect(await listRecordNames(rep.ctx, "deals", [deal.id])).toEqual({ [deal.id]: "Big deal" });
    expect(await listRecordNames(other.ctx, "deals", [deal.id])).toEqual({});
    expect(await listRecordNames(rep.ctx, "leads", [lead.id])).toEqual({});
    expect(await listRecordNames(org.ctx, "leads", [lead.id])).toEqual({ [lead.id]: "Lead Person" });

    const [pipeline] = await listPipelines(org.ctx);
    const stageNames = await listStageNames(rep.ctx);
    for (const stage of pipeline?.stages ?? []) expect(stageNames[stage.id]).toBe(stage.name);
    expect(Object.keys(stageNames)).toHaveLength(pipeline?.stages.length ?? -1);
    expect(await listStageNames(other.ctx)).not.toHaveProperty(pipeline?.stages[0]?.id ?? "");
  });

  it("names tasks, members and pipelines too, and an export's per-row lookup gives a page's names", async () => {
    const org = await createTestOrg("Lookup");
    const other = await createTestOrg("Other");
    const repA = await addTestMember(org.orgId, "rep");
    const repB = await addTestMember(org.orgId, "rep");
    const task = await createTask(repA.ctx, { title: "Call Ada back" });
    const [pipeline] = await listPipelines(org.ctx);
    const ada = await createContact(repA.ctx, { firstName: "Ada", lastName: "Lovelace" });
    const hidden = await createContact(repB.ctx, { firstName: "Hidden", lastName: "" });
    const seen = await createDeal(repA.ctx, { title: "Seen", value: 1, primaryContactId: ada.id });
    // An admin links rep B's contact to a deal of rep A's: rep A sees the deal, not the contact.
    const blind = await createDeal(org.ctx, {
      title: "Blind",
      value: 1,
      primaryContactId: hidden.id,
      ownerId: repA.userId,
    });

    expect(await listRecordNames(repA.ctx, "tasks", [task.id])).toEqual({ [task.id]: "Call Ada back" });
    expect(await listRecordNames(repB.ctx, "tasks", [task.id])).toEqual({});
    expect(await listRecordNames(repA.ctx, "users", [org.userId, repB.userId, other.userId])).toEqual({
      [org.userId]: "Admin",
      [repB.userId]: "Member rep",
    });
    expect(await listRecordNames(other.ctx, "pipelines", [pipeline?.id])).toEqual({});
    expect(await listRecordNames(org.ctx, "pipelines", [pipeline?.id])).toEqual({
      [pipeline?.id ?? ""]: pipeline?.name,
    });

    // The export reads the same name with each row; a contact rep A may not see stays unnamed in both.
    const perRow = await withOrg(repA.ctx, (tx) =>
      tx
        .select({ id: deals.id, contact: nameOf(repA.ctx, "contacts", deals.primaryContactId) })
        .from(deals)
        .where(eq(deals.orgId, org.orgId)),
    );
    const byPage = await listRecordNames(repA.ctx, "contacts", [ada.id, hidden.id]);
    expect(Object.fromEntries(perRow.map((r) => [r.id, r.contact]))).toEqual({
      [seen.id]: "Ada Lovelace",
      [blind.id]: null,
    });
    expect(byPage).toEqual({ [ada.id]: "Ada Lovelace" });
  });

  it("reads every record type's display name from its own table", async () => {
    const org = await createTestOrg("Every type");
    const contact = await createContact(org.ctx, { firstName: "Ada", lastName: "Lovelace" });
    const created = {
      contacts: contact.id,
      companies: (await createCompany(org.ctx, { name: "Acme" })).id,
      leads: (await createLead(org.ctx, { name: "Lead Person" })).id,
      deals: (await createDeal(org.ctx, { title: "Big deal", value: 1 })).id,
      tasks: (await createTask(org.ctx, { title: "Follow up" })).id,
      activities: (await createActivity(org.ctx, { type: "note", subject: "Kickoff", contactId: contact.id }))
        .id,
    };
    const names: Record<string, string | undefined> = {};
    for (const [object, id] of Object.entries(created) as [keyof typeof created, string][]) {
      const table = RECORD_TABLES[object];
      const [row] = await withOrg(org.ctx, (tx) =>
        tx.select({ name: DISPLAY_NAMES[object] }).from(table).where(sql`${table.id} = ${id}`),
      );
      names[object] = row?.name;
    }
    expect(names).toEqual({
      contacts: "Ada Lovelace",
      companies: "Acme",
      leads: "Lead Person",
      deals: "Big deal",
      tasks: "Follow up",
      activities: "Kickoff",
    });
  });
});
