import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { runOperation } from "../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { auditLog } from "../audit/tables";
import { createCompany } from "../companies/create-company";
import { createContact } from "../contacts/create-contact";
import { customFieldOperations } from "../custom-fields/operations";
import { createDeal } from "../deals/create-deal";
import { listPipelines } from "../deals/list-pipelines";
import type { ExportObject } from "../records/record-type-info";
import { shareRecord } from "../records/share-record";
import { EXPORT_BATCH_SIZE } from "./list-export";
import { listExportOperations } from "./operations";
import { parseCsv } from "./parse-csv.test-helper";
import { streamListExport } from "./stream-list-export";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;
// Keeps the byte order mark, which Response.text() would drop.
const text = async (stream: ReadableStream<Uint8Array>) =>
  new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());

async function exportCsv(
  ctx: Parameters<typeof streamListExport>[0],
  object: ExportObject,
  query: Record<string, string>,
) {
  const download = await streamListExport(ctx, object, { ...query, format: "csv" });
  return parseCsv(await text(download.body));
}

describe("list export", () => {
  it("exports contacts as CSV with names resolved, filters, q and sort applied, custom fields and quoting", async () => {
    const org = await createTestOrg("Csv");
    await runOperation(customFieldOperations.create, org.ctx, {
      object: "contacts",
      label: "Tier",
      type: "select",
      options: ["gold", "silver"],
    });
    const acme = await createCompany(org.ctx, { name: "Acme, Inc." });
    const ada = await createContact(org.ctx, {
      firstName: "Ada",
      lastName: 'Love "the count" lace',
      email: "ada@acme.test",
      companyId: acme.id,
      leadStatus: "qualified",
      phones: [{ label: "work", number: "+1 555 0100" }],
      tags: ["vip"],
      custom: { tier: "gold" },
    });
    await createContact(org.ctx, { firstName: "=cmd|'/C calc'!A0", leadStatus: "qualified" });
    await createContact(org.ctx, { firstName: "Bob", leadStatus: "new" });

    const rows = await exportCsv(org.ctx, "contacts", { leadStatus: "qualified", sort: "firstName" });
    expect(rows[0]).toEqual([
      "ID",
      "First name",
      "Last name",
      "Email",
      "Other emails",
      "Phones",
      "Title",
      "Company",
      "Lead status",
      "Lead score",
      "Source",
      "Do not contact",
      "Owner",
      "Tags",
      "Created at",
      "Updated at",
      "Tier",
    ]);
    expect(rows).toHaveLength(3); // Bob is filtered out
    const [first, second] = [rows[1] ?? [], rows[2] ?? []];
    expect(first.slice(1, 4)).toEqual(["'=cmd|'/C calc'!A0", "", ""]); // sorted by first name; formula defused
    expect(second.slice(1, 10)).toEqual([
      "Ada",
      'Love "the count" lace',
      "ada@acme.test",
      "",
      "'+1 555 0100".replace("'+1", "work: +1"),
      "",
      "Acme, Inc.",
      "qualified",
      "0",
    ]);
    expect(second[12]).toBe("Admin");
    expect(second[13]).toBe("vip");
    expect(second[16]).toBe("gold");
    // Timestamps as ISO 8601 UTC with milliseconds, exactly as JavaScript writes the stored time.
    expect(second[14]).toBe(ada.createdAt.toISOString());
    expect(second[15]).toBe(ada.updatedAt.toISOString());

    // The list's name column shows the email under the name, so exporting what the page shows keeps it.
    const searched = await exportCsv(org.ctx, "contacts", { q: "ada", columns: "name,company" });
    expect(searched).toEqual([
      ["ID", "First name", "Last name", "Email", "Company"],
      [expect.any(String), "Ada", 'Love "the count" lace', "ada@acme.test", "Acme, Inc."],
    ]);
  });

  it("exports deal money in major units with currency and stage names", async () => {
    const org = await createTestOrg("Deals");
    const [pipeline] = await listPipelines(org.ctx);
    await createDeal(org.ctx, { title: "Big", value: 1_234_56, currency: "EUR" });
    await createDeal(org.ctx, { title: "Yen", value: 5000, currency: "JPY" });
    const rows = await exportCsv(org.ctx, "deals", { columns: "title,value,stage", sort: "title" });
    expect(rows[0]).toEqual(["ID", "Title", "Value", "Currency", "Pipeline", "Stage"]);
    expect(rows[1]?.slice(1)).toEqual(["Big", "1234.56", "EUR", pipeline?.name, pipeline?.stages[0]?.name]);
    expect(rows[2]?.slice(1, 4)).toEqual(["Yen", "5000", "JPY"]);
  });

  it("a rep exports only what it may see; readonly may export; invalid input is refused before streaming", async () => {
    const org = await createTestOrg("Vis");
    const rep = await addTestMember(org.orgId, "rep");
    const other = await addTestMember(org.orgId, "rep");
    const viewer = await addTestMember(org.orgId, "readonly");
    await createContact(rep.ctx, { firstName: "Mine" });
    await createContact(other.ctx, { firstName: "Hidden" });
    const shared = await createContact(other.ctx, { firstName: "Shared" });
    await shareRecord(other.ctx, "contacts", shared.id, rep.userId);

    const repRows = await exportCsv(rep.ctx, "contacts", { columns: "firstName", sort: "firstName" });
    expect(repRows.slice(1).map((r) => r[1])).toEqual(["Mine", "Shared"]);
    const viewerRows = await exportCsv(viewer.ctx, "contacts", { columns: "firstName", sort: "firstName" });
    expect(viewerRows.slice(1).map((r) => r[1])).toEqual(["Hidden", "Mine", "Shared"]);

    // A linked record the rep may not see stays nameless; the owner's name is shown.
    const secret = await createCompany(org.ctx, { name: "Secret Corp" });
    await createContact(org.ctx, { firstName: "Linked", ownerId: rep.userId, companyId: secret.id });
    const linked = await exportCsv(rep.ctx, "contacts", { columns: "firstName,company,owner", q: "linked" });
    expect(linked.slice(1).map((r) => r.slice(1))).toEqual([["Linked", "", expect.any(String)]]);
    expect(linked[1]?.[3]).not.toBe("");
    const asAdmin = await exportCsv(org.ctx, "contacts", { columns: "firstName,company", q: "linked" });
    expect(asAdmin.slice(1).map((r) => r.slice(1))).toEqual([["Linked", "Secret Corp"]]);

    const otherOrg = await createTestOrg("Other");
    expect(await exportCsv(otherOrg.ctx, "contacts", {})).toHaveLength(1);

    await expect(streamListExport(org.ctx, "contacts", { nope: "1" }).catch(codeOf)).resolves.toBe(
      "unprocessable",
    );
    await expect(streamListExport(org.ctx, "contacts", { columns: "shoeSize" }).catch(codeOf)).resolves.toBe(
      "unprocessable",
    );
    // The file's options are the operation's input: a format it cannot write is a 422 naming it.
    await expect(
      runOperation(listExportOperations.contacts, org.ctx, { format: "pdf" }),
    ).rejects.toMatchObject({ code: "unprocessable", fieldErrors: { format: [expect.any(String)] } });
  });

  it("writes one audit entry per export with object, filters, format and row count", async () => {
    const org = await createTestOrg("Audit");
    const viewer = await addTestMember(org.orgId, "readonly");
    for (const name of ["A", "B", "C"])
      await createContact(org.ctx, { firstName: name, leadStatus: "contacted" });
    await exportCsv(viewer.ctx, "contacts", { leadStatus: "contacted", q: "a" });
    const db = await getDb();
    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.orgId), eq(auditLog.action, "records.exported")));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorUserId: viewer.userId,
      entityType: "contacts",
      after: { format: "csv", filters: { leadStatus: "contacted" }, q: "a", rowCount: 1, completed: true },
    });
  });

  // Regression (issue 13, item 12): `?trash=%00` exported with no audit row — the entry was
  // written after the last byte, its insert failed on U+0000 and was only logged.
  it("writes the audit entry before the first byte, and refuses what it could not audit", async () => {
    const org = await createTestOrg("Audit first");
    await createContact(org.ctx, { firstName: "Ada" });
    const db = await getDb();
    const exported = () =>
      db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.orgId, org.orgId), eq(auditLog.action, "records.exported")));

    await expect(streamListExport(org.ctx, "contacts", { trash: "\u0000" }).catch(codeOf)).resolves.toBe(
      "unprocessable",
    );
    const unknown = await streamListExport(org.ctx, "contacts", { columns: "constructor" }).catch(
      (error: { fieldErrors?: unknown }) => error.fieldErrors,
    );
    expect(unknown).toEqual({ columns: ["Unknown columns: constructor"] });
    expect(await exported()).toHaveLength(0);

    const download = await streamListExport(org.ctx, "contacts", { format: "csv" });
    expect(await exported()).toMatchObject([{ after: { format: "csv", rowCount: null, completed: false } }]);
    await text(download.body);
    expect(await exported()).toMatchObject([{ after: { format: "csv", rowCount: 1, completed: true } }]);
  });

  it("streams past one batch (keyset) and produces XLSX that exceljs reads back", async () => {
    const org = await createTestOrg("Xlsx");
    // Two full batches and part of a third, fewer than 90 rows into the last hundred.
    const total = EXPORT_BATCH_SIZE * 2 + 50;
    const db = await getDb();
    const { contacts } = await import("../contacts/tables");
    const { newId } = await import("../../platform/ids");
    await db.insert(contacts).values(
      Array.from({ length: total }, (_, i) => ({
        id: newId(),
        orgId: org.orgId,
        firstName: `P${String(i).padStart(4, "0")}`,
        ownerId: org.userId,
        leadScore: i % 100,
      })),
    );
    const csv = await exportCsv(org.ctx, "contacts", { columns: "firstName", sort: "firstName" });
    expect(csv).toHaveLength(total + 1);
    expect(new Set(csv.slice(1).map((r) => r[1])).size).toBe(total);

    const download = await streamListExport(org.ctx, "contacts", {
      format: "xlsx",
      columns: "firstName,leadScore,createdAt",
      "leadScore[gte]": "90",
      sort: "firstName",
    });
    expect(download.filename).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const buffer = Buffer.from(await new Response(download.body).arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(1 + 10 * Math.floor(total / 100)); // scores 90–99 in each full hundred
    expect(sheet?.getRow(1).values).toEqual([undefined, "ID", "First name", "Lead score", "Created at"]);
    expect(sheet?.getRow(2).getCell(2).value).toBe("P0090");
    expect(sheet?.getRow(2).getCell(3).value).toBe(90);
    expect(sheet?.getRow(2).getCell(4).value).toBeInstanceOf(Date);
  });
});
