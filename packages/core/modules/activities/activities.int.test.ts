import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { runOperation } from "../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createContact } from "../contacts/create-contact";
import { updateContact } from "../contacts/update-contact";
import { dealContacts } from "../deals/tables";
import { createActivity } from "./create-activity";
import { deleteActivity } from "./delete-activity";
import { getActivityOrThrow } from "./get-activity";
import { listActivities } from "./list-activities";
import { listTimeline } from "./list-timeline";
import { activityOperations as op } from "./operations";
import { insertTestCompany, insertTestDeal } from "./test-fixtures";
import { updateActivity } from "./update-activity";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: unknown) => codeOf(error),
  );

describe("activities: writing", () => {
  it("sanitizes the body: scripts and handlers go, formatting and links stay", async () => {
    const org = await createTestOrg("Sanitize");
    const contact = await createContact(org.ctx, { firstName: "Ada" });
    const created = await createActivity(org.ctx, {
      type: "note",
      contactId: contact.id,
      body: '<p onclick="steal()">Met <strong>Ada</strong> <a href="https://example.test/x">notes</a><script>alert(1)</script></p>',
    });
    const stored = await getActivityOrThrow(org.ctx, created.id);
    expect(stored.body).not.toContain("<script");
    expect(stored.body).not.toContain("onclick");
    expect(stored.body).toContain("<strong>Ada</strong>");
    expect(stored.body).toContain('href="https://example.test/x"');
    expect(stored.ownerId).toBe(org.userId);

    await updateActivity(org.ctx, created.id, { body: '<img src=x onerror="alert(1)"><p>ok</p>' });
    expect((await getActivityOrThrow(org.ctx, created.id)).body).toBe("<p>ok</p>");
  });

  it("needs a visible, same-org record; system entries and direction on notes are refused", async () => {
    const org = await createTestOrg("Links");
    const other = await createTestOrg("Other");
    const repA = await addTestMember(org.orgId, "rep");
    const repB = await addTestMember(org.orgId, "rep");
    const viewer = await addTestMember(org.orgId, "readonly");
    const bContact = await createContact(repB.ctx, { firstName: "B's" });
    const aContact = await createContact(repA.ctx, { firstName: "A's" });
    const foreign = await createContact(other.ctx, { firstName: "Foreign" });

    // Invisible and missing look alike (422 naming the field): no existence oracle.
    await expect(failure(createActivity(repA.ctx, { type: "note", contactId: bContact.id }))).resolves.toBe(
      "unprocessable",
    );
    await expect(failure(createActivity(org.ctx, { type: "note", contactId: foreign.id }))).resolves.toBe(
      "unprocessable",
    );
    // The operation parses the input (the service takes it parsed).
    await expect(failure(runOperation(op.create, repA.ctx, { type: "note" }))).resolves.toBe("unprocessable");
    await expect(
      failure(runOperation(op.create, repA.ctx, { type: "system", contactId: aContact.id })),
    ).resolves.toBe("unprocessable");
    await expect(
      failure(
        runOperation(op.create, repA.ctx, { type: "note", direction: "inbound", contactId: aContact.id }),
      ),
    ).resolves.toBe("unprocessable");
    await expect(failure(createActivity(viewer.ctx, { type: "note", contactId: aContact.id }))).resolves.toBe(
      "forbidden",
    );

    const call = await createActivity(repA.ctx, {
      type: "call",
      direction: "outbound",
      durationMinutes: 12,
      contactId: aContact.id,
    });
    // Moving the activity to a record the rep cannot see is refused like creating it there.
    await expect(failure(updateActivity(repA.ctx, call.id, { contactId: bContact.id }))).resolves.toBe(
      "unprocessable",
    );
    await expect(failure(updateActivity(repA.ctx, call.id, { contactId: null }))).resolves.toBe(
      "unprocessable",
    );
    const note = await updateActivity(repA.ctx, call.id, { type: "note" });
    expect(note).toMatchObject({ type: "note", direction: null, durationMinutes: 12 });
  });

  it("a rep reads every activity on a record they see but changes only their own", async () => {
    const org = await createTestOrg("Rights");
    const rep = await addTestMember(org.orgId, "rep");
    const contact = await createContact(rep.ctx, { firstName: "Mine" });
    const adminNote = await createActivity(org.ctx, {
      type: "note",
      subject: "Manager note",
      contactId: contact.id,
    });
    const hidden = await createContact(org.ctx, { firstName: "Hidden" });
    const hiddenNote = await createActivity(org.ctx, { type: "note", contactId: hidden.id });
    await updateContact(org.ctx, contact.id, { ownerId: org.userId });
    await updateContact(org.ctx, contact.id, { ownerId: rep.userId });

    await expect(getActivityOrThrow(rep.ctx, adminNote.id)).resolves.toMatchObject({
      subject: "Manager note",
    });
    await expect(failure(getActivityOrThrow(rep.ctx, hiddenNote.id))).resolves.toBe("not_found");
    await expect(failure(updateActivity(rep.ctx, adminNote.id, { subject: "x" }))).resolves.toBe("forbidden");
    await expect(failure(deleteActivity(rep.ctx, adminNote.id))).resolves.toBe("forbidden");

    const listed = await listActivities(rep.ctx, {}, { contactId: contact.id });
    expect(listed.data.map((a) => a.type).sort()).toEqual(["note", "system", "system"]);
    const system = listed.data.find((a) => a.type === "system");
    await expect(failure(updateActivity(org.ctx, system?.id ?? "", { subject: "edited" }))).resolves.toBe(
      "forbidden",
    );

    await deleteActivity(org.ctx, adminNote.id);
    await expect(failure(getActivityOrThrow(org.ctx, adminNote.id))).resolves.toBe("not_found");
    const trash = await listActivities(org.ctx, { trash: true });
    expect(trash.data.map((a) => a.id)).toEqual([adminNote.id]);
  });
});

describe("activities: timeline", () => {
  it("orders newest first with keyset pages and rolls contacts and deals up into the company", async () => {
    const org = await createTestOrg("Timeline");
    const company = await insertTestCompany(org.ctx, { name: "Acme" });
    const person = await createContact(org.ctx, { firstName: "Pat", companyId: company.id });
    const outsider = await createContact(org.ctx, { firstName: "Out" });
    const deal = await insertTestDeal(org.ctx, {
      title: "Big",
      companyId: company.id,
      primaryContactId: person.id,
    });
    const at = (day: number) => new Date(Date.UTC(2024, 0, day, 12)).toISOString();
    await createActivity(org.ctx, {
      type: "meeting",
      subject: "company",
      companyId: company.id,
      occurredAt: at(1),
    });
    await createActivity(org.ctx, { type: "call", subject: "deal", dealId: deal.id, occurredAt: at(2) });
    await createActivity(org.ctx, {
      type: "email",
      subject: "contact",
      contactId: person.id,
      occurredAt: at(3),
    });
    await createActivity(org.ctx, {
      type: "note",
      subject: "outsider",
      contactId: outsider.id,
      occurredAt: at(4),
    });
    await createActivity(org.ctx, {
      type: "note",
      subject: "same time",
      companyId: company.id,
      occurredAt: at(3),
    });
    const rep = await addTestMember(org.orgId, "rep");
    await updateContact(org.ctx, person.id, { ownerId: rep.userId });

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listTimeline(org.ctx, { companyId: company.id }, { limit: 2, cursor });
      seen.push(...page.data.map((a) => a.subject));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    // The owner change is a system entry written now, so it is the newest; equal times fall back to id.
    expect(seen).toEqual(["Owner changed", "same time", "contact", "deal", "company"]);

    const onlyCalls = await runOperation(op.timeline, org.ctx, {
      companyId: company.id,
      types: "call,meeting",
    });
    expect(onlyCalls.data.map((a) => a.subject)).toEqual(["deal", "company"]);
    const contactTimeline = await listTimeline(org.ctx, { contactId: person.id });
    expect(contactTimeline.data.map((a) => a.subject)).toEqual(["Owner changed", "contact", "deal"]);
    const dealTimeline = await listTimeline(org.ctx, { dealId: deal.id });
    expect(dealTimeline.data.map((a) => a.subject)).toEqual(["deal"]);

    // A deal the contact is on as a further contact (deal_contacts) counts too.
    const db = await getDb();
    await db.insert(dealContacts).values({ orgId: org.orgId, dealId: deal.id, contactId: outsider.id });
    const outsiderTimeline = await listTimeline(org.ctx, { contactId: outsider.id });
    expect(outsiderTimeline.data.map((a) => a.subject)).toEqual(["outsider", "deal"]);

    // The rep sees the contact (theirs now) but not the admin's company or deal.
    const repContact = await listTimeline(rep.ctx, { contactId: person.id });
    expect(repContact.data.map((a) => a.subject)).toEqual(["Owner changed", "contact"]);
    await expect(failure(listTimeline(rep.ctx, { companyId: company.id }))).resolves.toBe("not_found");
    await expect(
      failure(runOperation(op.timeline, org.ctx, { contactId: person.id, dealId: deal.id })),
    ).resolves.toBe("unprocessable");
  });
});
