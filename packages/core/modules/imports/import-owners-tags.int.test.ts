// Regression (issue 12.13): an owner value that matches no member (Pipedrive's "Owner") was silently
// replaced by the importer, with nothing in the preview; and tags lost their case ("Hot lead" →
// "hot lead"). The preview flags such owners and the importer chooses; tags keep their spelling.
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.DATA_DIR = `/tmp/crm-import-owners-test-${process.pid}-${Date.now()}`;
});

import { getDb } from "../../db/client";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createContact } from "../contacts/create-contact";
import { contacts } from "../contacts/tables";
import { getImport } from "./get-import";
import { importCsv } from "./import-test-helpers";
import { previewImport } from "./preview-import";
import { startImport } from "./start-import";

useTestDatabase();

async function contactsOf(orgId: string) {
  const db = await getDb();
  return db.select().from(contacts).where(eq(contacts.orgId, orgId)).orderBy(contacts.email);
}

describe("import: owners that match no member", () => {
  const csv = (member: string) =>
    [
      "Name,Email,Owner",
      `Ann Able,ann@example.com,${member}`,
      "Ben Baker,ben@example.com,Pipedrive Pete",
      "Cid Cole,cid@example.com,",
      "Dee Dunn,dee@example.com,pipedrive pete",
    ].join("\n");

  it("are flagged in the preview with a count, and imported with the importer as owner by default", async () => {
    const org = await createTestOrg("Owners");
    const rep = await addTestMember(org.orgId, "rep");
    const draft = await importCsv(org.ctx, "contacts", csv(rep.email ?? ""), { draft: true });
    const preview = await previewImport(org.ctx, draft.id, {});
    expect(preview.rows.map((r) => [r.row, r.unknownOwner, r.error])).toEqual([
      [2, null, null],
      [3, "Pipedrive Pete", null],
      [4, null, null],
      [5, "pipedrive pete", null],
    ]);
    expect(preview.unknownOwners).toEqual({ rows: 2, values: ["Pipedrive Pete", "pipedrive pete"] });
    expect(preview.unknownOwner).toBe("importer");

    const done = await startImport(org.ctx, draft.id, {});
    expect(done.unknownOwner).toBe("importer");
    const result = await getImport(org.ctx, draft.id);
    expect(result).toMatchObject({ status: "completed", imported: 4, errored: 0, unknownOwners: 2 });
    const owners = Object.fromEntries((await contactsOf(org.orgId)).map((c) => [c.firstName, c.ownerId]));
    expect(owners).toEqual({ Ann: rep.userId, Ben: org.userId, Cid: org.userId, Dee: org.userId });
  });

  it("are skipped and listed as errors when the importer chooses so; the preview shows it first", async () => {
    const org = await createTestOrg("Owners skip");
    const rep = await addTestMember(org.orgId, "rep");
    const draft = await importCsv(org.ctx, "contacts", csv(rep.email ?? ""), { draft: true });
    const preview = await previewImport(org.ctx, draft.id, { unknownOwner: "skip" });
    expect(preview.rows.map((r) => r.error)).toEqual([
      null,
      'owner: No member matches "Pipedrive Pete"',
      null,
      'owner: No member matches "pipedrive pete"',
    ]);
    await startImport(org.ctx, draft.id, { unknownOwner: "skip" });
    const result = await getImport(org.ctx, draft.id);
    expect(result).toMatchObject({ status: "completed", imported: 2, errored: 2, unknownOwners: 0 });
    expect(result.errors).toEqual([
      { row: 3, message: 'owner: No member matches "Pipedrive Pete"' },
      { row: 5, message: 'owner: No member matches "pipedrive pete"' },
    ]);
    expect((await contactsOf(org.orgId)).map((c) => c.firstName)).toEqual(["Ann", "Cid"]);
  });

  it("a rep's import ignores the owner column (reps own what they import): nothing flagged", async () => {
    const org = await createTestOrg("Owners rep");
    const rep = await addTestMember(org.orgId, "rep");
    const draft = await importCsv(rep.ctx, "contacts", csv(org.email), { draft: true });
    const preview = await previewImport(rep.ctx, draft.id, {});
    expect(preview.unknownOwners.rows).toBe(0);
  });

  it("an update leaves the owner alone when the row's owner matches no member", async () => {
    const org = await createTestOrg("Owners update");
    const rep = await addTestMember(org.orgId, "rep");
    const existing = await createContact(org.ctx, {
      firstName: "Ben",
      email: "ben@example.com",
      ownerId: rep.userId,
    });
    const result = await importCsv(
      org.ctx,
      "contacts",
      "First Name,Email,Owner\nBen,ben@example.com,Nobody Known\n",
      { onDuplicate: "update" },
    );
    expect(result).toMatchObject({ updated: 1, unknownOwners: 1 });
    const [after] = (await contactsOf(org.orgId)).filter((c) => c.id === existing.id);
    expect(after?.ownerId).toBe(rep.userId);
  });
});

describe("import: tags keep their case", () => {
  it("as written, one spelling per tag (the first seen in the file, or the record's own on update)", async () => {
    const org = await createTestOrg("Tags");
    const existing = await createContact(org.ctx, {
      firstName: "Old",
      email: "old@example.com",
      tags: ["vip"],
    });
    expect(existing.tags).toEqual(["vip"]);
    const csv = [
      "First Name,Email,Tags",
      "Ann,ann@example.com,Hot lead; VIP; hot LEAD",
      "Ben,ben@example.com,HOT LEAD;Trade fair 2024",
      "Old,old@example.com,VIP;Hot lead",
    ].join("\n");
    const result = await importCsv(org.ctx, "contacts", csv, { onDuplicate: "update" });
    expect(result).toMatchObject({ status: "completed", imported: 2, updated: 1, errored: 0 });
    const tags = Object.fromEntries((await contactsOf(org.orgId)).map((c) => [c.firstName, c.tags]));
    expect(tags).toEqual({
      Ann: ["Hot lead", "VIP"],
      Ben: ["Hot lead", "Trade fair 2024"],
      Old: ["vip", "Hot lead"],
    });
  });
});
