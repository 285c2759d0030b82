import { describe, expect, it } from "vitest";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createCompany } from "../companies/create-company";
import { deleteCompany } from "../companies/delete-company";
import { createContact } from "../contacts/create-contact";
import { createDeal } from "../deals/create-deal";
import { listPipelines } from "../deals/list-pipelines";
import { createLead } from "../leads/create-lead";
import { listRecordNames, listStageNames } from "./list-record-names";
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
});
