import { describe, expect, it } from "vitest";
import { runOperation } from "../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { customFieldOperations } from "../custom-fields/operations";
import { shareRecord } from "../records/share-record";
import { createContact } from "./create-contact";
import { deleteContact } from "./delete-contact";
import { getContactOrThrow } from "./get-contact";
import { listContacts } from "./list-contacts";
import { updateContact } from "./update-contact";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;

describe("contacts: permissions", () => {
  it("a rep sees own and shared contacts only; others' are 404; readonly cannot write", async () => {
    const org = await createTestOrg("Perm");
    const repA = await addTestMember(org.orgId, "rep");
    const repB = await addTestMember(org.orgId, "rep");
    const viewer = await addTestMember(org.orgId, "readonly");
    const own = await createContact(repA.ctx, { firstName: "Own" });
    const other = await createContact(repB.ctx, { firstName: "Other" });
    const shared = await createContact(repB.ctx, { firstName: "Shared" });
    await shareRecord(repB.ctx, "contacts", shared.id, repA.userId);

    const visible = await listContacts(repA.ctx, { sort: "firstName" });
    expect(visible.data.map((c) => c.firstName)).toEqual(["Own", "Shared"]);
    await expect(getContactOrThrow(repA.ctx, other.id).catch(codeOf)).resolves.toBe("not_found");
    await expect(updateContact(repA.ctx, other.id, { title: "x" }).catch(codeOf)).resolves.toBe("not_found");
    await expect(updateContact(repA.ctx, shared.id, { title: "Buyer" })).resolves.toMatchObject({
      title: "Buyer",
    });
    // A rep may not hand a record to someone else.
    await expect(updateContact(repA.ctx, own.id, { ownerId: repB.userId }).catch(codeOf)).resolves.toBe(
      "forbidden",
    );

    await expect(createContact(viewer.ctx, { firstName: "No" }).catch(codeOf)).resolves.toBe("forbidden");
    await expect(updateContact(viewer.ctx, own.id, { title: "x" }).catch(codeOf)).resolves.toBe("forbidden");
    const all = await listContacts(viewer.ctx, {});
    expect(all.data).toHaveLength(3);
  });

  it("another org's contact is invisible, even by id, and cannot be linked", async () => {
    const a = await createTestOrg("A");
    const b = await createTestOrg("B");
    const secret = await createContact(a.ctx, { firstName: "Secret" });
    await expect(getContactOrThrow(b.ctx, secret.id).catch(codeOf)).resolves.toBe("not_found");
    await expect(listContacts(b.ctx, {})).resolves.toEqual({
      data: [],
      nextCursor: null,
      total: 0,
      totalIsEstimate: false,
    });
    const error = await createContact(b.ctx, { firstName: "X", ownerId: a.userId }).catch((e: unknown) => e);
    expect(codeOf(error)).toBe("unprocessable");
  });

  it("deleted contacts leave lists and can be restored from the trash", async () => {
    const org = await createTestOrg("Trash");
    const c = await createContact(org.ctx, { firstName: "Gone" });
    await deleteContact(org.ctx, c.id);
    await expect(getContactOrThrow(org.ctx, c.id).catch(codeOf)).resolves.toBe("not_found");
    const trash = await listContacts(org.ctx, { trash: true });
    expect(trash.data.map((x) => x.id)).toEqual([c.id]);
  });
});

describe("contacts: list engine", () => {
  it("pages with keyset cursors without gaps or repeats, sorted and filtered", async () => {
    const org = await createTestOrg("List");
    for (let i = 0; i < 25; i++) {
      await createContact(org.ctx, {
        firstName: `Person ${String(i).padStart(2, "0")}`,
        leadStatus: i % 2 === 0 ? "qualified" : "new",
        tags: i % 5 === 0 ? ["vip"] : [],
        leadScore: i,
      });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listContacts(org.ctx, { limit: 7, cursor, sort: "-leadScore" });
      seen.push(...page.data.map((c) => c.firstName));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(25);
    expect(seen[0]).toBe("Person 24");
    expect(new Set(seen).size).toBe(25);

    const qualifiedVip = await listContacts(
      org.ctx,
      { sort: "firstName" },
      { leadStatus: "qualified", tag: "vip" },
    );
    expect(qualifiedVip.data.map((c) => c.firstName)).toEqual(["Person 00", "Person 10", "Person 20"]);
    const high = await listContacts(org.ctx, {}, { "leadScore[gte]": "22" });
    expect(high.data).toHaveLength(3);
    const error = await listContacts(org.ctx, {}, { leadStatus: "hot" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "unprocessable", fieldErrors: { leadStatus: [expect.any(String)] } });
  });

  it("validates, stores, filters and sorts custom fields", async () => {
    const org = await createTestOrg("Custom");
    await runOperation(customFieldOperations.create, org.ctx, {
      object: "contacts",
      label: "Tier",
      type: "select",
      options: ["gold", "silver"],
    });
    await runOperation(customFieldOperations.create, org.ctx, {
      object: "contacts",
      label: "Seats",
      type: "number",
    });
    await createContact(org.ctx, { firstName: "G", custom: { tier: "gold", seats: 5 } });
    await createContact(org.ctx, { firstName: "S", custom: { tier: "silver", seats: 50 } });
    const bad = await createContact(org.ctx, { firstName: "X", custom: { tier: "bronze" } }).catch(
      (e: unknown) => e,
    );
    expect(bad).toMatchObject({
      code: "unprocessable",
      fieldErrors: { "custom.tier": [expect.any(String)] },
    });
    const gold = await listContacts(org.ctx, {}, { "cf.tier": "gold" });
    expect(gold.data.map((c) => c.firstName)).toEqual(["G"]);
    const bySeats = await listContacts(org.ctx, { sort: "-cf.seats" });
    expect(bySeats.data.map((c) => c.firstName)).toEqual(["S", "G"]);
  });
});
