import { Readable } from "node:stream";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { runOperation } from "../../platform/operations/run-operation";

vi.hoisted(() => {
  // Uploaded files go to a scratch DATA_DIR, never the repository's data directory.
  process.env.DATA_DIR = `/tmp/crm-import-test-${process.pid}-${Date.now()}`;
});

import { getDb } from "../../db/client";
import { executeRows } from "../../db/execute-rows";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createCompany } from "../companies/create-company";
import { companies } from "../companies/tables";
import { createContact } from "../contacts/create-contact";
import { contacts } from "../contacts/tables";
import { customFieldOperations } from "../custom-fields/operations";
import { deals } from "../deals/tables";
import { createImport } from "./create-import";
import { getImport } from "./get-import";
import { importErrorsCsv } from "./import-errors-csv";
import { importCsv, snapshotOrg } from "./import-test-helpers";
import { previewImport } from "./preview-import";
import { recoverImports } from "./recover-imports";
import { rollbackImport } from "./rollback-import";
import { runImport } from "./run-import";
import { imports } from "./tables";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;

async function contactsOf(orgId: string) {
  const db = await getDb();
  return db.select().from(contacts).where(eq(contacts.orgId, orgId)).orderBy(contacts.email);
}

describe("import: contacts from a HubSpot export", () => {
  it("maps the standard columns, links companies and owners, and reports errors by row", async () => {
    const org = await createTestOrg("Hub");
    const rep = await addTestMember(org.orgId, "rep");
    const csv = [
      "Record ID,First Name,Last Name,Email,Phone Number,Company Name,Job Title,Lead Status,Contact owner,Lifecycle Stage",
      `101,Ada,Lovelace,ADA@example.com,+44 20 1234,Analytical Engines,Countess,Open,${rep.email},lead`,
      "102,Charles,Babbage,not-an-email,,Analytical Engines,,New,,lead",
      "103,,NoFirst,nofirst@example.com,,,,,,",
      '104,Grace,"Hopper, Jr.",grace@example.com,,Navy,"Rear\nAdmiral",Connected,,customer',
    ].join("\n");
    const result = await importCsv(org.ctx, "contacts", csv);
    expect(result).toMatchObject({ status: "completed", imported: 2, updated: 0, skipped: 0, errored: 2 });
    expect(result.errors).toEqual([
      { row: 3, message: "email: Enter a valid email address" },
      { row: 4, message: "firstName: Required" },
    ]);
    const rows = await contactsOf(org.orgId);
    expect(rows.map((c) => [c.firstName, c.lastName, c.email, c.title, c.leadStatus])).toEqual([
      ["Ada", "Lovelace", "ada@example.com", "Countess", "new"],
      ["Grace", "Hopper, Jr.", "grace@example.com", "Rear\nAdmiral", "contacted"],
    ]);
    const ada = rows[0];
    expect(ada?.ownerId).toBe(rep.userId);
    expect(ada?.phones).toEqual([{ label: "work", number: "+44 20 1234" }]);
    expect(rows[1]?.ownerId).toBe(org.userId);
    const db = await getDb();
    const orgCompanies = await db
      .select()
      .from(companies)
      .where(eq(companies.orgId, org.orgId))
      .orderBy(companies.name);
    expect(orgCompanies.map((c) => c.name)).toEqual(["Analytical Engines", "Navy"]);
    expect(ada?.companyId).toBe(orgCompanies[0]?.id);

    const { fileName, lines } = await importErrorsCsv(org.ctx, result.id);
    let text = "";
    for await (const line of lines) text += line;
    expect(fileName).toBe("people-errors.csv");
    expect(text.split("\r\n")[0]).toBe(
      "\uFEFFRecord ID,First Name,Last Name,Email,Phone Number,Company Name,Job Title,Lead Status,Contact owner,Lifecycle Stage,Row,Error",
    );
    expect(text).toContain(
      "102,Charles,Babbage,not-an-email,,Analytical Engines,,New,,lead,3,email: Enter a valid email address",
    );
  });

  it("a readonly member may not import; another org's import is 404", async () => {
    const org = await createTestOrg("Perm");
    const viewer = await addTestMember(org.orgId, "readonly");
    await expect(importCsv(viewer.ctx, "contacts", "Email\na@b.co\n").catch(codeOf)).resolves.toBe(
      "forbidden",
    );
    const done = await importCsv(org.ctx, "contacts", "First Name\nA\n");
    const other = await createTestOrg("Other");
    await expect(getImport(other.ctx, done.id).catch(codeOf)).resolves.toBe("not_found");
  });
});

describe("import: duplicates", () => {
  const csv =
    "First Name,Last Name,Email,Job Title,Tags\nAnn,New,ann@example.com,CEO,vip\nBen,B,ben@example.com,CTO,\n";

  it.each([
    ["skip", { imported: 1, updated: 0, skipped: 1 }, ["Ann", "Old", "Buyer"]],
    ["update", { imported: 1, updated: 1, skipped: 0 }, ["Ann", "New", "CEO"]],
    ["create", { imported: 2, updated: 0, skipped: 0 }, ["Ann", "Old", "Buyer"]],
  ] as const)("policy %s", async (policy, counts, existingAfter) => {
    const org = await createTestOrg(`Dup ${policy}`);
    const existing = await createContact(org.ctx, {
      firstName: "Ann",
      lastName: "Old",
      email: "ann@example.com",
      title: "Buyer",
      tags: ["old"],
    });
    const preview = await previewImport(
      org.ctx,
      (await importCsv(org.ctx, "contacts", csv, { draft: true })).id,
      {},
    );
    expect(preview.rows.map((r) => r.duplicateOf)).toEqual([existing.id, null]);
    const result = await importCsv(org.ctx, "contacts", csv, { onDuplicate: policy });
    expect(result).toMatchObject({ status: "completed", ...counts, errored: 0 });
    const rows = await contactsOf(org.orgId);
    const old = rows.find((c) => c.id === existing.id);
    expect([old?.firstName, old?.lastName, old?.title]).toEqual(existingAfter);
    if (policy === "update") expect(old?.tags).toEqual(["old", "vip"]);
    expect(rows.filter((c) => c.email === "ann@example.com")).toHaveLength(policy === "create" ? 2 : 1);
  });

  it("matches companies by domain, then by name, and rows repeated in the file", async () => {
    const org = await createTestOrg("DupCo");
    const byDomain = await createCompany(org.ctx, { name: "Acme Holding", domain: "acme.io" });
    const byName = await createCompany(org.ctx, { name: "Globex" });
    const csv = [
      "Company name,Company Domain Name,Industry",
      "ACME Inc,https://www.acme.io/,Tools",
      "globex,,Energy",
      "Initech,initech.com,Software",
      "Initech Again,initech.com,Software",
    ].join("\n");
    const result = await importCsv(org.ctx, "companies", csv, { onDuplicate: "update" });
    expect(result).toMatchObject({ imported: 1, updated: 3, skipped: 0, errored: 0 });
    const db = await getDb();
    const rows = await db
      .select()
      .from(companies)
      .where(eq(companies.orgId, org.orgId))
      .orderBy(sql`lower(${companies.name})`);
    expect(rows.map((c) => [c.name, c.domain, c.industry])).toEqual([
      ["ACME Inc", "acme.io", "Tools"],
      ["globex", null, "Energy"],
      ["Initech Again", "initech.com", "Software"],
    ]);
    expect(rows.map((c) => c.id)).toEqual(expect.arrayContaining([byDomain.id, byName.id]));
  });
});

describe("import: rollback", () => {
  it("leaves the org exactly as before: created records removed, updated ones restored", async () => {
    const org = await createTestOrg("Undo");
    await runOperation(customFieldOperations.create, org.ctx, {
      object: "contacts",
      label: "Tier",
      type: "select",
      options: ["Gold", "Silver"],
    });
    const kept = await createContact(org.ctx, {
      firstName: "Kim",
      email: "kim@example.com",
      title: "Old",
      custom: { tier: "Silver" },
    });
    await createCompany(org.ctx, { name: "Existing Co" });
    const before = await snapshotOrg(org.orgId);

    const csv = [
      "First Name,Email,Title,Company,Tier",
      "Kim,kim@example.com,New title,Existing Co,gold",
      "Lee,lee@example.com,Dev,Brand New Co,",
      "Max,max@example.com,,Brand New Co,Bronze",
    ].join("\n");
    const result = await importCsv(org.ctx, "contacts", csv, { onDuplicate: "update" });
    expect(result).toMatchObject({ imported: 1, updated: 1, errored: 1 });
    expect(result.errors[0]?.message).toMatch(/^custom\.tier: /);
    const changed = (await contactsOf(org.orgId)).find((c) => c.id === kept.id);
    expect(changed?.title).toBe("New title");
    expect(changed?.custom).toEqual({ tier: "Gold" });
    expect(await snapshotOrg(org.orgId)).not.toEqual(before);

    const rep = await addTestMember(org.orgId, "rep");
    await expect(rollbackImport(rep.ctx, result.id).catch(codeOf)).resolves.toBe("not_found");
    const rolled = await rollbackImport(org.ctx, result.id);
    expect(rolled.status).toBe("rolled_back");
    expect(await snapshotOrg(org.orgId)).toEqual(before);
    await expect(rollbackImport(org.ctx, result.id).catch(codeOf)).resolves.toBe("conflict");
  });

  it("the importer may roll back their own import; a manager may not roll back a rep's", async () => {
    const org = await createTestOrg("Own");
    const rep = await addTestMember(org.orgId, "rep");
    const manager = await addTestMember(org.orgId, "manager");
    const result = await importCsv(rep.ctx, "leads", "Name,Email,Lead Status\nLia,lia@example.com,Working\n");
    expect(result).toMatchObject({ imported: 1 });
    await expect(rollbackImport(manager.ctx, result.id).catch(codeOf)).resolves.toBe("forbidden");
    await expect(rollbackImport(rep.ctx, result.id)).resolves.toMatchObject({ status: "rolled_back" });
  });
});

describe("import: deals", () => {
  it("finds stages by name, parses amounts and dates, links company and contact", async () => {
    const org = await createTestOrg("Deals");
    const ada = await createContact(org.ctx, { firstName: "Ada", email: "ada@example.com" });
    const csv = [
      "Deal Name,Amount,Close Date,Deal Stage,Associated Company,Contact Email",
      '"Big one","1,250.50",03/15/2030,Won,Acme,ada@example.com',
      "Small,99,2030-01-02,,,",
      "Broken,10,2030-01-02,No such stage,,",
    ].join("\n");
    const result = await importCsv(org.ctx, "deals", csv);
    expect(result).toMatchObject({ imported: 2, errored: 1 });
    expect(result.errors).toEqual([{ row: 4, message: 'stage: Not found: "No such stage"' }]);
    const db = await getDb();
    const rows = await db.select().from(deals).where(eq(deals.orgId, org.orgId)).orderBy(deals.title);
    expect(
      rows.map((d) => [d.title, d.value, d.expectedCloseDate, d.outcome, d.primaryContactId !== null]),
    ).toEqual([
      ["Big one", 125050, "2030-03-15", "won", true],
      ["Small", 9900, "2030-01-02", null, false],
    ]);
    expect(rows[0]?.primaryContactId).toBe(ada.id);
    expect(rows[0]?.companyId).not.toBeNull();
  });
});

describe("import: crash recovery", () => {
  it("resumes after the last committed batch: nothing lost, nothing duplicated", async () => {
    const org = await createTestOrg("Crash");
    const lines = ["First Name,Last Name,Email"];
    for (let i = 1; i <= 2500; i += 1) lines.push(`P${i},L${i},p${i}@example.com`);
    const draft = await createImport(org.ctx, {
      object: "contacts",
      fileName: "big.csv",
      file: Readable.from([Buffer.from(lines.join("\n"))]),
      draft: true,
    });
    const db = await getDb();
    await db.update(imports).set({ status: "queued" }).where(eq(imports.id, draft.id));

    // A crash after batch 1 committed, while batch 2 was being written (its transaction never commits).
    await expect(
      runImport(org.orgId, draft.id, {
        beforeCommit: (batch) => {
          if (batch === 2) throw new Error("process killed");
        },
      }),
    ).rejects.toThrow("process killed");
    const halfway = await getImport(org.ctx, draft.id);
    expect(halfway).toMatchObject({ status: "running", imported: 1000, processedRows: 1000 });
    expect(await contactsOf(org.orgId)).toHaveLength(1000);

    // A second crash right after batch 2 (of the resumed run) committed.
    await expect(
      runImport(org.orgId, draft.id, {
        afterBatch: () => {
          throw new Error("killed again");
        },
      }),
    ).rejects.toThrow("killed again");
    expect(await getImport(org.ctx, draft.id)).toMatchObject({ status: "running", imported: 2000 });

    // On restart the recovery job finds the stale import and runs it to the end.
    expect(await recoverImports(0)).toContain(draft.id);
    const done = await getImport(org.ctx, draft.id);
    expect(done).toMatchObject({
      status: "completed",
      imported: 2500,
      processedRows: 2500,
      errored: 0,
      progress: 100,
    });
    const rows = await contactsOf(org.orgId);
    expect(rows).toHaveLength(2500);
    expect(new Set(rows.map((r) => r.email)).size).toBe(2500);
    const [changes] = await executeRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from import_changes where import_id = ${draft.id} and kind = 'created'`,
    );
    expect(changes?.n).toBe(2500);
    expect(await recoverImports(0)).not.toContain(draft.id);
    const [audit] = await executeRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from audit_log where entity_id = ${draft.id} and action = 'import.batch'`,
    );
    expect(audit?.n).toBe(3);
    await rollbackImport(org.ctx, draft.id);
    expect(
      await db
        .select()
        .from(contacts)
        .where(and(eq(contacts.orgId, org.orgId))),
    ).toHaveLength(0);
  });
});

// Regression: a batch was bounded by its row count alone, and an XLSX row may hold 1 MB of text made
// from a few bytes of XML (shared strings): 1,000 such rows were held at once before being written.
describe("import: batch size", () => {
  it("a batch is written once it holds 8 MB of text, whatever its row count", async () => {
    const org = await createTestOrg("BigRows");
    const notes = "n".repeat(500_000);
    const lines = ["First Name,Email,Notes"];
    for (let i = 1; i <= 20; i += 1) lines.push(`P${i},p${i}@example.com,${notes}`);
    const draft = await createImport(org.ctx, {
      object: "contacts",
      fileName: "wide.csv",
      file: Readable.from([Buffer.from(lines.join("\n"))]),
      mapping: { "First Name": "firstName", Email: "email", Notes: null },
      draft: true,
    });
    const db = await getDb();
    await db.update(imports).set({ status: "queued" }).where(eq(imports.id, draft.id));
    const batches: number[] = [];
    await runImport(org.orgId, draft.id, { afterBatch: (batch) => void batches.push(batch) });
    expect(batches).toEqual([1, 2]);
    expect(await getImport(org.ctx, draft.id)).toMatchObject({ status: "completed", imported: 20 });
  });
});
