import { describe, expect, it } from "vitest";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createCompany } from "../companies/create-company";
import { deleteCompany } from "../companies/delete-company";
import { createContact } from "../contacts/create-contact";
import { deleteContact } from "../contacts/delete-contact";
import { getContactOrThrow } from "../contacts/get-contact";
import { updateOrgSettings } from "../orgs/update-org-settings";
import { listTrash } from "./list-trash";
import { purgeRecord, restoreRecord } from "./restore-record";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;
const failure = (promise: Promise<unknown>) => promise.then(() => "resolved", codeOf);

describe("trash", () => {
  it("lists deleted records newest first with who deleted them, page by page, per type", async () => {
    const org = await createTestOrg("Trash");
    const manager = await addTestMember(org.orgId, "manager");
    const names = ["Ada", "Ben", "Cy"];
    for (const name of names) {
      const contact = await createContact(org.ctx, { firstName: name, lastName: "Doe" });
      await deleteContact(name === "Ben" ? manager.ctx : org.ctx, contact.id);
    }
    await createContact(org.ctx, { firstName: "Alive" });
    const company = await createCompany(org.ctx, { name: "Gone Ltd" });
    await deleteCompany(org.ctx, company.id);

    const first = await listTrash(org.ctx, { object: "contacts", limit: 2 });
    expect(first.data.map((r) => r.label)).toEqual(["Cy Doe", "Ben Doe"]);
    expect(first.data.map((r) => r.deletedBy)).toEqual([org.userId, manager.userId]);
    expect(first.nextCursor).not.toBeNull();
    const second = await listTrash(org.ctx, { object: "contacts", limit: 2, cursor: first.nextCursor ?? "" });
    expect(second.data.map((r) => r.label)).toEqual(["Ada Doe"]);
    expect(second.nextCursor).toBeNull();
    const companies = await listTrash(org.ctx, { object: "companies" });
    expect(companies.data.map((r) => r.label)).toEqual(["Gone Ltd"]);
    // Another org sees none of it.
    const other = await createTestOrg("Other");
    expect((await listTrash(other.ctx, { object: "contacts" })).data).toEqual([]);
    await expect(
      failure(restoreRecord(other.ctx, { object: "contacts", id: first.data[0]?.id ?? "" })),
    ).resolves.toBe("not_found");
  });

  it("reps list and restore their own; the org setting lets them see others' but not restore them", async () => {
    const org = await createTestOrg("Reps");
    const repA = await addTestMember(org.orgId, "rep");
    const repB = await addTestMember(org.orgId, "rep");
    const viewer = await addTestMember(org.orgId, "readonly");
    const own = await createContact(repA.ctx, { firstName: "Own" });
    const theirs = await createContact(repB.ctx, { firstName: "Theirs" });
    await deleteContact(repA.ctx, own.id);
    await deleteContact(repB.ctx, theirs.id);

    expect((await listTrash(repA.ctx, { object: "contacts" })).data.map((r) => r.label)).toEqual(["Own"]);
    await expect(failure(restoreRecord(repA.ctx, { object: "contacts", id: theirs.id }))).resolves.toBe(
      "not_found",
    );
    await updateOrgSettings(org.ctx, {
      name: "Reps org",
      defaultCurrency: "EUR",
      timeZone: "UTC",
      repsCanReadAll: true,
    });
    expect((await listTrash(repA.ctx, { object: "contacts" })).data.map((r) => r.label)).toEqual([
      "Theirs",
      "Own",
    ]);
    await expect(failure(restoreRecord(repA.ctx, { object: "contacts", id: theirs.id }))).resolves.toBe(
      "forbidden",
    );
    await expect(failure(restoreRecord(viewer.ctx, { object: "contacts", id: own.id }))).resolves.toBe(
      "forbidden",
    );
    await restoreRecord(repA.ctx, { object: "contacts", id: own.id });
    await expect(getContactOrThrow(repA.ctx, own.id)).resolves.toMatchObject({ firstName: "Own" });
    expect((await listTrash(repA.ctx, { object: "contacts" })).data.map((r) => r.label)).toEqual(["Theirs"]);
    // Restoring a record that is not in the trash is a 404.
    await expect(failure(restoreRecord(org.ctx, { object: "contacts", id: own.id }))).resolves.toBe(
      "not_found",
    );
  });

  it("only admins purge, and only what is in the trash", async () => {
    const org = await createTestOrg("Purge");
    const manager = await addTestMember(org.orgId, "manager");
    const live = await createContact(org.ctx, { firstName: "Live" });
    const gone = await createContact(org.ctx, { firstName: "Gone" });
    await deleteContact(org.ctx, gone.id);
    await expect(failure(purgeRecord(manager.ctx, { object: "contacts", id: gone.id }))).resolves.toBe(
      "forbidden",
    );
    await expect(failure(purgeRecord(org.ctx, { object: "contacts", id: live.id }))).resolves.toBe(
      "not_found",
    );
    await purgeRecord(org.ctx, { object: "contacts", id: gone.id });
    expect((await listTrash(org.ctx, { object: "contacts" })).data).toEqual([]);
    await expect(failure(restoreRecord(org.ctx, { object: "contacts", id: gone.id }))).resolves.toBe(
      "not_found",
    );
    await expect(getContactOrThrow(org.ctx, live.id)).resolves.toMatchObject({ firstName: "Live" });
  });
});
