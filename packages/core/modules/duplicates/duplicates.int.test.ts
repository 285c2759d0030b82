import { and, eq, type SQL, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { executeRows } from "../../db/execute-rows";
import type { Ctx } from "../../platform/context";
import { runOperation } from "../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createActivity } from "../activities/create-activity";
import { createCompany } from "../companies/create-company";
import { createContact } from "../contacts/create-contact";
import { deleteContact } from "../contacts/delete-contact";
import { getContactOrThrow } from "../contacts/get-contact";
import { updateContact } from "../contacts/update-contact";
import { createDeal } from "../deals/create-deal";
import { updateOrgSettings } from "../orgs/update-org-settings";
import { shareRecord } from "../records/share-record";
import { createTask } from "../tasks/create-task";
import { findSimilarCompanies, findSimilarContacts } from "./find-similar";
import { listActiveMerges } from "./get-merge";
import { mergeRecords } from "./merge-records";
import { duplicateOperations } from "./operations";
import { refreshAllDuplicates } from "./refresh-all-duplicates";
import { scanDuplicates } from "./scan-duplicates";
import type { DismissDuplicateInput, ListDuplicatesInput } from "./schemas";
import { duplicatePairs, duplicateScans, recordMerges } from "./tables";
import { undoMerge } from "./undo-merge";

useTestDatabase();

// Through the operations, as the API and the screens call them: the input is parsed at the edge.
const listDuplicates = (ctx: Ctx, input: ListDuplicatesInput) =>
  runOperation(duplicateOperations.list, ctx, input);
const dismissDuplicate = (ctx: Ctx, input: DismissDuplicateInput) =>
  runOperation(duplicateOperations.dismiss, ctx, input);

const codeOf = (error: unknown) => (error as { code?: string }).code;
const pairOf = (ids: string[]) => [...ids].sort().join(",");
const pairsOf = (result: Awaited<ReturnType<typeof listDuplicates>>) =>
  result.data.map((p) => ({
    ids: pairOf([p.a.id, p.b.id]),
    score: p.score,
    kinds: p.reasons.map((r) => r.kind),
  }));

describe("finding duplicates", () => {
  it("detects the same email, phone (E.164 with the org's country) and similar names, each scored", async () => {
    const org = await createTestOrg("Dupes");
    await updateOrgSettings(org.ctx, {
      name: "Dupes GmbH",
      defaultCurrency: "EUR",
      timeZone: "Europe/Berlin",
    });
    const anna = await createContact(org.ctx, {
      firstName: "Anna",
      lastName: "Schmidt",
      email: "anna@acme.de",
    });
    const annaCaps = await createContact(org.ctx, {
      firstName: "A.",
      lastName: "Roth",
      emails: ["ANNA@acme.de"],
    });
    const phoneA = await createContact(org.ctx, {
      firstName: "Paul",
      phones: [{ label: "work", number: "+49 30 1234567" }],
    });
    const phoneB = await createContact(org.ctx, {
      firstName: "Zed",
      phones: [{ label: "work", number: "030 1234567" }],
    });
    // Same last seven digits, another number: blocked together, then told apart by E.164.
    await createContact(org.ctx, { firstName: "Otto", phones: [{ label: "work", number: "040 1234567" }] });
    const jon = await createContact(org.ctx, { firstName: "Jonathan", lastName: "Smithers" });
    const jonny = await createContact(org.ctx, { firstName: "Jonathan", lastName: "Smither" });
    await createContact(org.ctx, { firstName: "Completely", lastName: "Different" });

    // minScore 0: the phone-only pair (30) is below the page's default (see "leaves out weak pairs").
    const result = await listDuplicates(org.ctx, { object: "contacts", minScore: 0 });
    expect(result.nextCursor).toBeNull();
    expect(result.scan.state).toBe("ready");
    // Regression (issue 12.4): a shared phone alone scored 80 and was listed above every name match
    // (43 of the demo org's 65 pairs were strangers sharing a number). Alone it is a weak sign now.
    expect(pairsOf(result)).toEqual([
      { ids: pairOf([anna.id, annaCaps.id]), score: 95, kinds: ["email"] },
      { ids: pairOf([jon.id, jonny.id]), score: expect.any(Number), kinds: ["name"] },
      { ids: pairOf([phoneA.id, phoneB.id]), score: 30, kinds: ["phone"] },
    ]);
    const name = result.data[1]?.reasons[0];
    expect(name?.kind === "name" && name.similarity).toBeGreaterThan(0.7);
    expect(result.data[2]?.reasons[0]).toEqual({ kind: "phone", value: "+49301234567" });
  });

  it("finds the same pairs by blocking keys, as for a large org, in one statement", async () => {
    const org = await createTestOrg("Blocks");
    await updateOrgSettings(org.ctx, {
      name: "Blocks GmbH",
      defaultCurrency: "EUR",
      timeZone: "Europe/Berlin",
    });
    const anna = await createContact(org.ctx, {
      firstName: "Anna",
      lastName: "Schmidt",
      email: "anna@acme.de",
    });
    const annaCaps = await createContact(org.ctx, {
      firstName: "A.",
      lastName: "Roth",
      emails: ["ANNA@acme.de"],
    });
    const phoneA = await createContact(org.ctx, {
      firstName: "Paul",
      phones: [{ label: "w", number: "+49 30 1234567" }],
    });
    const phoneB = await createContact(org.ctx, {
      firstName: "Zed",
      phones: [{ label: "w", number: "030 1234567" }],
    });
    const jon = await createContact(org.ctx, { firstName: "Jonathan", lastName: "Smithers" });
    const jonny = await createContact(org.ctx, { firstName: "Jonathan", lastName: "Smither" });
    const kathrin = await createContact(org.ctx, { firstName: "Kathrin", lastName: "Oberholzer" });
    const katrin = await createContact(org.ctx, { firstName: "Katrin", lastName: "Oberhölzer" });
    // Four records share a number: a switchboard, no evidence about any two of them.
    for (const firstName of ["Ida", "Ole", "Uma", "Eli"]) {
      await createContact(org.ctx, { firstName, phones: [{ label: "w", number: "+49 40 7654321" }] });
    }
    await scanDuplicates(org.orgId, "contacts", { probeScanMax: 0 });
    const result = await listDuplicates(org.ctx, { object: "contacts", minScore: 0 });
    expect(pairsOf(result).map((p) => [p.ids, p.kinds])).toEqual([
      [pairOf([anna.id, annaCaps.id]), ["email"]],
      [pairOf([jon.id, jonny.id]), ["name"]],
      [pairOf([kathrin.id, katrin.id]), ["name"]],
      [pairOf([phoneA.id, phoneB.id]), ["phone"]],
    ]);
  });

  it("a scheduled refresh scans orgs that changed before anyone opens the page", async () => {
    const org = await createTestOrg("Cron");
    const a = await createContact(org.ctx, { firstName: "Mira", lastName: "Kowalczyk", email: "mira@k.pl" });
    const b = await createContact(org.ctx, { firstName: "Mira", lastName: "Kowalczyk" });
    expect(await refreshAllDuplicates()).toBeGreaterThan(0);
    const db = await getDb();
    const stored = await db.select().from(duplicatePairs).where(eq(duplicatePairs.orgId, org.orgId));
    expect(stored.map((p) => pairOf([p.recordA, p.recordB]))).toEqual([pairOf([a.id, b.id])]);
    // Nothing changed since: nothing to queue for this org.
    await refreshAllDuplicates();
    const [scan] = await db.select().from(duplicateScans).where(eq(duplicateScans.orgId, org.orgId));
    expect(scan?.requestedAt).toBeNull();
    expect(scan?.checkedUntil).not.toBeNull();
  });

  it("pages by an opaque cursor, best first, and refuses a forged one", async () => {
    const org = await createTestOrg("Cursor");
    const names = [
      ["Alma", "Xu", "Greta", "Yoon"],
      ["Bruno", "Okafor", "Helga", "Ruiz"],
      ["Cyril", "Novak", "Imre", "Tanaka"],
    ] as const;
    for (const [i, [a, b, c, d]] of names.entries()) {
      await createContact(org.ctx, { firstName: a, lastName: b, email: `p${i}@x.io` });
      await createContact(org.ctx, { firstName: c, lastName: d, email: `p${i}@x.io` });
    }
    const first = await listDuplicates(org.ctx, { object: "contacts", limit: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await listDuplicates(org.ctx, {
      object: "contacts",
      limit: 2,
      cursor: first.nextCursor ?? "",
    });
    expect(second.data).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const all = [...first.data, ...second.data].map((p) => pairOf([p.a.id, p.b.id]));
    expect(new Set(all).size).toBe(3);
    const forged = `95_0.5_${"-".repeat(36)}_${"-".repeat(36)}`;
    await expect(listDuplicates(org.ctx, { object: "contacts", cursor: forged })).rejects.toThrow();
  });

  it("ranks a shared phone alone below name matches, and a phone with a similar name above both", async () => {
    const org = await createTestOrg("Phones");
    const phone = [{ label: "work", number: "+1 415 555 0100" }];
    const alice = await createContact(org.ctx, { firstName: "Alice", lastName: "Walker", phones: phone });
    const bob = await createContact(org.ctx, { firstName: "Bob", lastName: "Stone", phones: phone });
    const weak = await createContact(org.ctx, { firstName: "Kathrin", lastName: "Oberholzer" });
    const weak2 = await createContact(org.ctx, { firstName: "Katrin", lastName: "Oberhölzer" });
    const alicia = await createContact(org.ctx, { firstName: "Alicia", lastName: "Walker", phones: phone });
    const pairs = pairsOf(await listDuplicates(org.ctx, { object: "contacts", minScore: 0 }));
    const find = (x: string, y: string) => pairs.find((p) => p.ids === pairOf([x, y]));
    const phoneOnly = find(alice.id, bob.id);
    expect(phoneOnly?.kinds).toEqual(["phone"]);
    expect(phoneOnly?.score).toBeLessThanOrEqual(40);
    const nameOnly = find(weak.id, weak2.id);
    expect(nameOnly?.kinds).toEqual(["name"]);
    expect(pairs.indexOf(nameOnly as (typeof pairs)[number])).toBeLessThan(
      pairs.indexOf(phoneOnly as (typeof pairs)[number]),
    );
    const both = find(alice.id, alicia.id);
    expect(both?.kinds).toEqual(["phone", "name"]);
    expect(both?.score).toBeGreaterThan(nameOnly?.score ?? 100);
    expect(pairs[0]?.ids).toBe(pairOf([alice.id, alicia.id]));
  });

  it("leaves out weak pairs and relatives by default; minScore 0 lists the weak ones", async () => {
    // Regression (issue 12.4 follow-up): the demo org's first page was padded with 207 phone-only
    // pairs (30) and relatives such as "Brenna / Jaida Rodriguez-Satterfield" (38 %, similar name).
    const org = await createTestOrg("Weak");
    const phone = [{ label: "work", number: "+1 415 555 0100" }];
    const ann = await createContact(org.ctx, { firstName: "Ann", lastName: "Walker", phones: phone });
    const bob = await createContact(org.ctx, { firstName: "Bob", lastName: "Stone", phones: phone });
    await createContact(org.ctx, { firstName: "Brenna", lastName: "Rodriguez-Satterfield" });
    await createContact(org.ctx, { firstName: "Jaida", lastName: "Rodriguez-Satterfield" });
    const jon = await createContact(org.ctx, { firstName: "Jon", lastName: "Smithson", email: "js@x.io" });
    const john = await createContact(org.ctx, { firstName: "John", lastName: "Smithson", email: "js@x.io" });
    const greta = await createContact(org.ctx, { firstName: "Greta", lastName: "Lindqvist" });
    const gretaToo = await createContact(org.ctx, { firstName: "Greta", lastName: "Lindquist" });

    const byDefault = pairsOf(await listDuplicates(org.ctx, { object: "contacts" }));
    expect(byDefault.map((p) => p.ids)).toEqual([pairOf([jon.id, john.id]), pairOf([greta.id, gretaToo.id])]);
    expect(byDefault.every((p) => p.score >= 40)).toBe(true);
    const all = pairsOf(await listDuplicates(org.ctx, { object: "contacts", minScore: 0 }));
    expect(all.map((p) => p.ids)).toEqual([
      pairOf([jon.id, john.id]),
      pairOf([greta.id, gretaToo.id]),
      pairOf([ann.id, bob.id]),
    ]);
    expect(all[2]).toMatchObject({ score: 30, kinds: ["phone"] });
    await expect(listDuplicates(org.ctx, { object: "contacts", minScore: 101 })).rejects.toThrow();
  });

  it("stores the pairs and checks records changed since the last scan before a page is read", async () => {
    const org = await createTestOrg("Stored");
    const a = await createContact(org.ctx, { firstName: "Greta", lastName: "Lindqvist", email: "g@l.se" });
    expect((await listDuplicates(org.ctx, { object: "contacts" })).data).toEqual([]);
    const b = await createContact(org.ctx, { firstName: "Greta", lastName: "Lindquist" });
    const first = await listDuplicates(org.ctx, { object: "contacts" });
    expect(pairsOf(first)).toEqual([
      { ids: pairOf([a.id, b.id]), score: expect.any(Number), kinds: ["name"] },
    ]);
    const stored = await (await getDb())
      .select()
      .from(duplicatePairs)
      .where(eq(duplicatePairs.orgId, org.orgId));
    expect(stored.map((p) => [p.recordA, p.recordB].join(","))).toEqual([pairOf([a.id, b.id])]);
    await updateContact(org.ctx, b.id, { lastName: "Svensson", email: "g@l.se" });
    expect(pairsOf(await listDuplicates(org.ctx, { object: "contacts" }))).toEqual([
      { ids: pairOf([a.id, b.id]), score: 95, kinds: ["email"] },
    ]);
    await deleteContact(org.ctx, a.id);
    expect((await listDuplicates(org.ctx, { object: "contacts" })).data).toEqual([]);
  });

  it("boosts similar names at the same company and finds companies by domain, phone and name", async () => {
    const org = await createTestOrg("Co");
    const acme = await createCompany(org.ctx, { name: "Acme Corporation", domain: "acme.io" });
    const acmeWeb = await createCompany(org.ctx, { name: "ACME", website: "https://www.acme.io/about" });
    const p1 = await createCompany(org.ctx, { name: "Globex", phone: "+1 415 555 0100" });
    const p2 = await createCompany(org.ctx, { name: "Initech", phone: "(415) 555-0100" });
    const n1 = await createCompany(org.ctx, { name: "Umbrella Holdings" });
    const n2 = await createCompany(org.ctx, { name: "Umbrella Holding" });
    const companies = pairsOf(await listDuplicates(org.ctx, { object: "companies", minScore: 0 }));
    expect(companies).toContainEqual({ ids: pairOf([acme.id, acmeWeb.id]), score: 90, kinds: ["domain"] });
    expect(companies).toContainEqual({ ids: pairOf([p1.id, p2.id]), score: 30, kinds: ["phone"] });
    expect(companies.find((p) => p.ids === pairOf([n1.id, n2.id]))?.kinds).toEqual(["name"]);
    expect(companies).toHaveLength(3);

    const a = await createContact(org.ctx, { firstName: "Maria", lastName: "Lopez", companyId: acme.id });
    const b = await createContact(org.ctx, { firstName: "Maria", lastName: "Lopes", companyId: acme.id });
    const c = await createContact(org.ctx, { firstName: "Mario", lastName: "Lopes" });
    const pairs = pairsOf(await listDuplicates(org.ctx, { object: "contacts" }));
    const same = pairs.find((p) => p.ids === pairOf([a.id, b.id]));
    const other = pairs.find((p) => p.ids === pairOf([b.id, c.id]));
    expect(same?.kinds).toEqual(["name", "sameCompany"]);
    expect(same?.score).toBeGreaterThan(other?.score ?? 0);
  });

  it("pages through a scan with a cursor and remembers dismissed pairs", async () => {
    const org = await createTestOrg("Page");
    const first = await createContact(org.ctx, { firstName: "Kim", email: "kim@x.io" });
    const second = await createContact(org.ctx, { firstName: "Kimberly", email: "kim@x.io" });
    const page = await listDuplicates(org.ctx, { object: "contacts", limit: 1 });
    expect(page.data).toHaveLength(1);
    await dismissDuplicate(org.ctx, { object: "contacts", recordIds: [second.id, first.id] });
    await dismissDuplicate(org.ctx, { object: "contacts", recordIds: [first.id, second.id] });
    expect((await listDuplicates(org.ctx, { object: "contacts" })).data).toEqual([]);
    expect(
      await findSimilarContacts(org.ctx, { firstName: "Kim", email: "kim@x.io" }, { excludeId: first.id }),
    ).toEqual([]);
    const viewer = await addTestMember(org.orgId, "readonly");
    await expect(
      dismissDuplicate(viewer.ctx, { object: "contacts", recordIds: [first.id, second.id] }).catch(codeOf),
    ).resolves.toBe("forbidden");
  });

  it("shows a rep only pairs of records it can see, and never another org's", async () => {
    const org = await createTestOrg("Vis");
    const rep = await addTestMember(org.orgId, "rep");
    const mine = await createContact(rep.ctx, { firstName: "Lena", email: "lena@x.io" });
    const hidden = await createContact(org.ctx, { firstName: "Lena", email: "lena@x.io" });
    expect((await listDuplicates(rep.ctx, { object: "contacts" })).data).toEqual([]);
    expect(await findSimilarContacts(rep.ctx, { firstName: "Lena", email: "lena@x.io" })).toHaveLength(1);
    await shareRecord(org.ctx, "contacts", hidden.id, rep.userId);
    expect(pairsOf(await listDuplicates(rep.ctx, { object: "contacts" }))[0]?.ids).toBe(
      pairOf([mine.id, hidden.id]),
    );

    const other = await createTestOrg("Other");
    await createContact(other.ctx, { firstName: "Lena", email: "lena@x.io" });
    await createCompany(other.ctx, { name: "Vis Co", domain: "vis.io" });
    expect((await listDuplicates(other.ctx, { object: "contacts" })).data).toEqual([]);
    expect(await findSimilarCompanies(org.ctx, { name: "Vis Co", domain: "vis.io" })).toEqual([]);
  });

  it("warns on create about the same email, phone, domain or a very similar name", async () => {
    const org = await createTestOrg("Warn");
    await updateOrgSettings(org.ctx, { name: "Warn", defaultCurrency: "EUR", timeZone: "Europe/Berlin" });
    const existing = await createContact(org.ctx, {
      firstName: "Jonas",
      lastName: "Becker",
      phones: [{ label: "work", number: "+49 30 1234567" }],
    });
    const byPhone = await findSimilarContacts(org.ctx, {
      firstName: "X",
      phones: [{ number: "030 1234567" }],
    });
    expect(byPhone.map((r) => [r.id, r.score])).toEqual([[existing.id, 30]]);
    const byName = await findSimilarContacts(org.ctx, { firstName: "Jonas", lastName: "Beker" });
    expect(byName.map((r) => r.id)).toEqual([existing.id]);
    expect(await findSimilarContacts(org.ctx, { firstName: "Petra", lastName: "Meyer" })).toEqual([]);
    const company = await createCompany(org.ctx, { name: "Bauhaus AG", website: "bauhaus.de" });
    const byDomain = await findSimilarCompanies(org.ctx, { name: "Something", domain: "www.bauhaus.de" });
    expect(byDomain.map((r) => [r.id, r.reasons])).toEqual([
      [company.id, [{ kind: "domain", value: "bauhaus.de" }]],
    ]);
  });
});

/** Every row of the org's records and links, to compare before a merge and after its undo. */
async function snapshotOrg(orgId: string) {
  const db = await getDb();
  const out: Record<string, unknown[]> = {};
  for (const table of [
    "contacts",
    "companies",
    "activities",
    "tasks",
    "deals",
    "deal_contacts",
    "record_shares",
    "leads",
  ]) {
    const rows = await executeRows<{ r: string }>(
      db,
      sql`select row_to_json(t)::text as r from ${sql.identifier(table)} t where t.org_id = ${orgId}`,
    );
    out[table] = rows.map((row) => row.r).sort();
  }
  return out;
}

describe("merging", () => {
  it("moves activities, deals, tasks, deal contacts, shares and tags to the survivor, and undo restores exactly", async () => {
    const org = await createTestOrg("Merge");
    const rep = await addTestMember(org.orgId, "rep");
    const survivor = await createContact(org.ctx, {
      firstName: "Eva",
      lastName: "Klein",
      email: "eva@old.io",
      tags: ["vip"],
      phones: [{ label: "work", number: "+49 30 111111" }],
    });
    const dupe = await createContact(org.ctx, {
      firstName: "Eva",
      lastName: "Klein-Berg",
      email: "eva@new.io",
      title: "CTO",
      tags: ["lead", "vip"],
    });
    const note = await createActivity(org.ctx, { type: "note", subject: "Met", contactId: dupe.id });
    const task = await createTask(org.ctx, { title: "Call Eva", contactId: dupe.id });
    const primaryDeal = await createDeal(org.ctx, { title: "Big", primaryContactId: dupe.id });
    const linkedDeal = await createDeal(org.ctx, { title: "Side", contactIds: [dupe.id] });
    await shareRecord(org.ctx, "contacts", dupe.id, rep.userId);
    const before = await snapshotOrg(org.orgId);

    const { mergeId } = await mergeRecords(org.ctx, "contacts", {
      survivorId: survivor.id,
      mergedIds: [dupe.id],
      fields: { lastName: dupe.id, email: dupe.id },
    });
    const merged = await getContactOrThrow(org.ctx, survivor.id);
    expect(merged).toMatchObject({
      firstName: "Eva",
      lastName: "Klein-Berg",
      email: "eva@new.io",
      emails: ["eva@old.io"],
      title: "CTO",
      tags: ["vip", "lead"],
    });
    await expect(getContactOrThrow(org.ctx, dupe.id).catch(codeOf)).resolves.toBe("not_found");
    const db = await getDb();
    const [links] = await executeRows(
      db,
      sql`
      select (select contact_id from activities where id = ${note.id}) as note,
             (select contact_id from tasks where id = ${task.id}) as task,
             (select primary_contact_id from deals where id = ${primaryDeal.id}) as primary_deal,
             (select array_agg(contact_id)::text from deal_contacts where deal_id = ${linkedDeal.id}) as linked,
             (select array_agg(record_id)::text from record_shares where user_id = ${rep.userId}) as shares`,
    );
    expect(links).toEqual({
      note: survivor.id,
      task: survivor.id,
      primary_deal: survivor.id,
      linked: `{${survivor.id}}`,
      shares: `{${survivor.id}}`,
    });
    expect(await listActiveMerges(org.ctx, "contacts", survivor.id)).toMatchObject([
      { id: mergeId, merged: [{ id: dupe.id, name: "Eva Klein-Berg" }] },
    ]);

    await undoMerge(org.ctx, mergeId);
    expect(await snapshotOrg(org.orgId)).toEqual(before);
    await expect(undoMerge(org.ctx, mergeId).catch(codeOf)).resolves.toBe("conflict");
    const [row] = await db
      .select()
      .from(recordMerges)
      .where(and(eq(recordMerges.id, mergeId)) as SQL);
    expect(row?.undoneAt).toBeInstanceOf(Date);
  });

  it("merges companies: contacts and deals move, custom values and revenue follow the choice", async () => {
    const org = await createTestOrg("MergeCo");
    const a = await createCompany(org.ctx, { name: "Acme", domain: "acme.io" });
    const b = await createCompany(org.ctx, {
      name: "Acme Inc",
      industry: "Software",
      annualRevenue: 500_000,
      annualRevenueCurrency: "EUR",
    });
    const person = await createContact(org.ctx, { firstName: "Ben", companyId: b.id });
    const deal = await createDeal(org.ctx, { title: "Renewal", companyId: b.id });
    const before = await snapshotOrg(org.orgId);
    const { mergeId } = await mergeRecords(org.ctx, "companies", {
      survivorId: a.id,
      mergedIds: [b.id],
      fields: { name: b.id },
    });
    const db = await getDb();
    const [merged] = await executeRows(
      db,
      sql`
      select c.name, c.domain, c.industry, c.annual_revenue::int as revenue, c.annual_revenue_currency as currency,
             (select company_id from contacts where id = ${person.id}) as person,
             (select company_id from deals where id = ${deal.id}) as deal
        from companies c where c.id = ${a.id}`,
    );
    expect(merged).toEqual({
      name: "Acme Inc",
      domain: "acme.io",
      industry: "Software",
      revenue: 500000,
      currency: "EUR",
      person: a.id,
      deal: a.id,
    });
    await undoMerge(org.ctx, mergeId);
    expect(await snapshotOrg(org.orgId)).toEqual(before);
  });

  it("refuses a record the rep cannot see (404), readonly (403) and another org's records", async () => {
    const org = await createTestOrg("MergePerm");
    const rep = await addTestMember(org.orgId, "rep");
    const viewer = await addTestMember(org.orgId, "readonly");
    const own = await createContact(rep.ctx, { firstName: "Own" });
    const hidden = await createContact(org.ctx, { firstName: "Hidden" });
    const own2 = await createContact(rep.ctx, { firstName: "Own two" });
    await expect(
      mergeRecords(rep.ctx, "contacts", { survivorId: own.id, mergedIds: [hidden.id] }).catch(codeOf),
    ).resolves.toBe("not_found");
    await expect(
      mergeRecords(viewer.ctx, "contacts", { survivorId: own.id, mergedIds: [own2.id] }).catch(codeOf),
    ).resolves.toBe("forbidden");
    const other = await createTestOrg("Elsewhere");
    const foreign = await createContact(other.ctx, { firstName: "Foreign" });
    await expect(
      mergeRecords(org.ctx, "contacts", { survivorId: hidden.id, mergedIds: [foreign.id] }).catch(codeOf),
    ).resolves.toBe("not_found");
    const { mergeId } = await mergeRecords(rep.ctx, "contacts", { survivorId: own.id, mergedIds: [own2.id] });
    await expect(undoMerge(other.ctx, mergeId).catch(codeOf)).resolves.toBe("not_found");
    await expect(undoMerge(viewer.ctx, mergeId).catch(codeOf)).resolves.toBe("forbidden");
  });
});
