import { describe, expect, it } from "vitest";
import { newId } from "../../platform/ids";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createCompany } from "../companies/create-company";
import { createContact } from "../contacts/create-contact";
import { updateContact } from "../contacts/update-contact";
import { createDeal } from "../deals/create-deal";
import { updateDeal } from "../deals/update-deal";
import { shareRecord } from "./share-record";

// Regression: a rep could link their records to another rep's private company or contact (201)
// while reading it answered 404 and a random id 422: a write into someone else's relationships and
// an existence oracle. A reference must be visible to the caller; invisible and missing look alike.
useTestDatabase();

/** The error code and field errors a call ends with ("ok" when it succeeds). */
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: { code?: string; fieldErrors?: Record<string, string[]> }) => ({
      code: e.code,
      fields: e.fieldErrors,
    }),
  );
const refused = (field: string) => ({
  code: "unprocessable",
  fields: { [field]: ["Not found, or not visible to you"] },
});

async function twoReps() {
  const org = await createTestOrg("Refs");
  const repA = await addTestMember(org.orgId, "rep");
  const repB = await addTestMember(org.orgId, "rep");
  const bCompany = await createCompany(repB.ctx, { name: "B's private company" });
  const bContact = await createContact(repB.ctx, { firstName: "B's private contact" });
  return { org, repA, repB, bCompany, bContact };
}

describe("links to records the caller cannot see", () => {
  it("are refused on create with the same 422 as a missing id, naming the field", async () => {
    const { repA, bCompany, bContact } = await twoReps();
    const missing = newId();
    for (const companyId of [bCompany.id, missing]) {
      expect(await outcome(createContact(repA.ctx, { firstName: "A", companyId }))).toEqual(
        refused("companyId"),
      );
      expect(await outcome(createDeal(repA.ctx, { title: "A", companyId }))).toEqual(refused("companyId"));
    }
    for (const contactId of [bContact.id, missing]) {
      expect(await outcome(createDeal(repA.ctx, { title: "A", primaryContactId: contactId }))).toEqual(
        refused("primaryContactId"),
      );
      expect(await outcome(createDeal(repA.ctx, { title: "A", contactIds: [contactId] }))).toEqual(
        refused("contactIds"),
      );
    }
  });

  it("are refused on update; links the record already had are kept", async () => {
    const { org, repA, bCompany, bContact } = await twoReps();
    const aContact = await createContact(repA.ctx, { firstName: "A's" });
    const aDeal = await createDeal(repA.ctx, { title: "A's deal", primaryContactId: aContact.id });
    expect(await outcome(updateContact(repA.ctx, aContact.id, { companyId: bCompany.id }))).toEqual(
      refused("companyId"),
    );
    expect(await outcome(updateDeal(repA.ctx, aDeal.id, { companyId: bCompany.id }))).toEqual(
      refused("companyId"),
    );
    expect(await outcome(updateDeal(repA.ctx, aDeal.id, { primaryContactId: bContact.id }))).toEqual(
      refused("primaryContactId"),
    );
    expect(await outcome(updateDeal(repA.ctx, aDeal.id, { contactIds: [aContact.id, bContact.id] }))).toEqual(
      refused("contactIds"),
    );

    // An admin links A's records to B's; A may still edit them, sending the links back unchanged.
    await updateContact(org.ctx, aContact.id, { companyId: bCompany.id });
    await updateDeal(org.ctx, aDeal.id, { companyId: bCompany.id, contactIds: [bContact.id] });
    expect(
      await outcome(updateContact(repA.ctx, aContact.id, { companyId: bCompany.id, lastName: "X" })),
    ).toBe("ok");
    expect(
      await outcome(
        updateDeal(repA.ctx, aDeal.id, { companyId: bCompany.id, contactIds: [bContact.id], title: "Y" }),
      ),
    ).toBe("ok");
  });

  it("are allowed once the record is shared with the caller, and for managers", async () => {
    const { org, repA, repB, bCompany } = await twoReps();
    const manager = await addTestMember(org.orgId, "manager");
    expect(await outcome(createContact(manager.ctx, { firstName: "M", companyId: bCompany.id }))).toBe("ok");
    await shareRecord(repB.ctx, "companies", bCompany.id, repA.userId);
    expect(await outcome(createContact(repA.ctx, { firstName: "A", companyId: bCompany.id }))).toBe("ok");
  });
});
