import { describe, expect, it } from "vitest";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createCompany } from "../companies/create-company";
import { updateCompany } from "../companies/update-company";
import { createContact } from "../contacts/create-contact";
import { updateContact } from "../contacts/update-contact";
import { createDeal } from "../deals/create-deal";
import { shareRecord } from "../records/share-record";
import { listRecordHistory } from "./list-record-history";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;

describe("record history", () => {
  it("lists one record's entries newest first with field changes, a page at a time", async () => {
    const org = await createTestOrg("History");
    const contact = await createContact(org.ctx, { firstName: "Ada", title: "Buyer" });
    const other = await createContact(org.ctx, { firstName: "Other" });
    await updateContact(org.ctx, contact.id, { title: "Head buyer" });
    await updateContact(org.ctx, contact.id, { lastName: "Lovelace", leadStatus: "qualified" });
    await updateContact(org.ctx, other.id, { title: "Not this one" });

    const first = await listRecordHistory(org.ctx, { object: "contacts", id: contact.id, limit: 2 });
    expect(first.data.map((e) => e.action)).toEqual(["contact.update", "contact.update"]);
    expect(first.data[0]?.changes).toEqual([
      { field: "lastName", before: "", after: "Lovelace" },
      { field: "leadStatus", before: "new", after: "qualified" },
    ]);
    expect(first.data[1]?.changes).toEqual([{ field: "title", before: "Buyer", after: "Head buyer" }]);
    expect(first.data[0]).toMatchObject({ actorUserId: org.userId, actorName: "Admin", viaApiKey: false });
    expect(first.nextCursor).toBe(first.data[1]?.id);

    const second = await listRecordHistory(org.ctx, {
      object: "contacts",
      id: contact.id,
      limit: 2,
      before: first.nextCursor ?? undefined,
    });
    expect(second.data.map((e) => e.action)).toEqual(["contact.create"]);
    expect(second.data[0]?.changes).toEqual([]);
    expect(second.nextCursor).toBeNull();
  });

  it("is 404 for whoever cannot see the record, and shows shares with the user they name", async () => {
    const org = await createTestOrg("Hidden");
    const stranger = await createTestOrg("Stranger");
    const repA = await addTestMember(org.orgId, "rep");
    const repB = await addTestMember(org.orgId, "rep");
    const company = await createCompany(repA.ctx, { name: "Acme" });
    await updateCompany(repA.ctx, company.id, { industry: "Tools" });
    const deal = await createDeal(repA.ctx, { title: "Deal", value: 1 });

    for (const ctx of [repB.ctx, stranger.ctx]) {
      await expect(
        listRecordHistory(ctx, { object: "companies", id: company.id }).catch(codeOf),
      ).resolves.toBe("not_found");
      await expect(listRecordHistory(ctx, { object: "deals", id: deal.id }).catch(codeOf)).resolves.toBe(
        "not_found",
      );
    }

    await shareRecord(repA.ctx, "companies", company.id, repB.userId);
    const seen = await listRecordHistory(repB.ctx, { object: "companies", id: company.id });
    expect(seen.data.map((e) => e.action)).toEqual(["record.share", "company.update", "company.create"]);
    expect(seen.data[0]?.sharedUserId).toBe(repB.userId);
    expect(seen.data[1]?.changes).toEqual([{ field: "industry", before: null, after: "Tools" }]);
    // Only the record's entries: the deal's creation is not in the company's history.
    expect(seen.data.some((e) => e.action.startsWith("deal."))).toBe(false);
  });
});
