// Regression (issue 13.2): the upload request parsed the XLSX file it received (its header row, so
// all of its shared strings) before answering: a 1 MB bomb was accepted with 201 after growing the
// server by hundreds of MB. The request now only stores the file and checks what is cheap (ZIP
// signature and directory); the file is read later, under the reader's caps.
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.DATA_DIR = `/tmp/crm-xlsx-upload-test-${process.pid}-${Date.now()}`;
});

import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createImport } from "./create-import";
import { getImport } from "./get-import";
import { prepareImport } from "./prepare-import";
import { previewImport } from "./preview-import";
import { importErrors, imports } from "./tables";
import { NS, patchDeclaredSize, readMeasured, sharedStrings, writeXlsx } from "./xlsx-test-helpers";

useTestDatabase();

const upload = (ctx: Parameters<typeof createImport>[0], file: string, extra: { draft?: boolean } = {}) =>
  createImport(ctx, {
    object: "contacts",
    fileName: "book.xlsx",
    file: createReadStream(file),
    draft: true,
    ...extra,
  });

describe("XLSX uploads", () => {
  it("a bomb whose directory declares it is refused by the upload request with a 422", async () => {
    const org = await createTestOrg("Bomb");
    const file = await writeXlsx({ "xl/sharedStrings.xml": sharedStrings(64 * 2 ** 20, 1000) });
    const result = await readMeasured(async () => {
      await upload(org.ctx, file);
      return [];
    });
    expect(result.error).toMatchObject({
      code: "unprocessable",
      message: expect.stringMatching(/packed more than 200:1/),
    });
    expect(result.grewMb).toBeLessThan(32);
  });

  it("a bomb that lies about its size is stored unread; reading it later fails the import, memory flat", async () => {
    const org = await createTestOrg("Liar");
    const file = await writeXlsx({ "xl/sharedStrings.xml": sharedStrings(64 * 2 ** 20, 1000) });
    await patchDeclaredSize(file, "xl/sharedStrings.xml", 100 * 1024);
    const created = await upload(org.ctx, file);
    expect(created).toMatchObject({ status: "draft", headers: [] });

    const result = await readMeasured(async () => {
      const prepared = await prepareImport(org.ctx, created.id);
      expect(prepared.status).toBe("failed");
      return [];
    });
    expect(result.error).toBeNull();
    expect(result.grewMb).toBeLessThan(64);
    const failed = await getImport(org.ctx, created.id);
    expect(failed).toMatchObject({ status: "failed", startedAt: null });
    expect(failed.failureMessage).toMatch(/damaged: a part is larger than it says/);
    await expect(previewImport(org.ctx, created.id, {})).rejects.toMatchObject({ code: "unprocessable" });
  });

  it("a file named .xlsx that is no ZIP is a 422 naming the file", async () => {
    const org = await createTestOrg("NotZip");
    await expect(
      createImport(org.ctx, {
        object: "contacts",
        fileName: "contacts.xlsx",
        file: Readable.from([Buffer.from("Name,Email\nAda,ada@example.com\n")]),
      }),
    ).rejects.toMatchObject({
      code: "unprocessable",
      fieldErrors: { file: [expect.stringMatching(/not a valid XLSX/)] },
    });
  });

  // Regression: a raw 0x00 in a shared string reached the row; the create schema refused it, and the
  // refused row's cells, stored as jsonb in import_errors.raw, made PostgreSQL refuse the batch. A
  // mapping that left out a column named "constructor" was refused as an unknown field.
  it("NUL and lone surrogates are cleaned before anything is stored; a 'constructor' column is no field", async () => {
    const org = await createTestOrg("Nul");
    const file = await writeXlsx({
      "xl/sharedStrings.xml": Buffer.from(
        `<sst ${NS}><si><t>First Name</t></si><si><t>Email</t></si><si><t>Ac\u0000me</t></si></sst>`,
      ),
      "xl/worksheets/sheet1.xml": `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>constructor</t></is></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>no-email&#xD800;</t></is></c><c r="C2" t="inlineStr"><is><t>x&#0;</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>Bo&#xDC00;b</t></is></c><c r="B3" t="inlineStr"><is><t>bob@example.com</t></is></c></row></sheetData></worksheet>`,
    });
    const created = await createImport(org.ctx, {
      object: "contacts",
      fileName: "book.xlsx",
      file: createReadStream(file),
      mapping: { "First Name": "firstName", Email: "email" },
    });
    const done = await getImport(org.ctx, created.id);
    expect(done).toMatchObject({
      status: "completed",
      failureMessage: null,
      imported: 1,
      errored: 1,
      errors: [{ row: 2, message: expect.stringMatching(/^email: /) }],
    });
    const db = await getDb();
    const [imp] = await db.select().from(imports).where(eq(imports.id, created.id));
    expect(imp).toMatchObject({
      headers: ["First Name", "Email", "constructor"],
      mapping: { "First Name": "firstName", Email: "email", constructor: null },
    });
    const stored = await db.select().from(importErrors).where(eq(importErrors.importId, created.id));
    expect(stored.map((e) => e.raw)).toEqual([
      { "First Name": "Acme", Email: "no-email\uFFFD", constructor: "x" },
    ]);
  });

  it("a good workbook is read when the mapping screen opens, and imported from the API without a draft", async () => {
    const org = await createTestOrg("Good");
    const file = await writeXlsx({
      "xl/sharedStrings.xml": `<sst ${NS}><si><t>First Name</t></si><si><t>Email</t></si><si><r><t>A</t></r><r><t>da</t></r></si></sst>`,
      "xl/worksheets/sheet1.xml": `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>ada@example.com</t></is></c></row></sheetData></worksheet>`,
    });
    const draft = await upload(org.ctx, file);
    const prepared = await prepareImport(org.ctx, draft.id);
    expect(prepared).toMatchObject({
      status: "draft",
      headers: ["First Name", "Email"],
      mapping: { "First Name": "firstName", Email: "email" },
    });
    const queued = await upload(org.ctx, file, { draft: false });
    expect(queued.headers).toEqual([]);
    expect(await getImport(org.ctx, queued.id)).toMatchObject({
      status: "completed",
      imported: 1,
      errored: 0,
    });
  });
});
