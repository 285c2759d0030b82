// Regression (issue 13.2): an XLSX "zip bomb" — a 1 MB upload whose shared strings inflate to 300 MB —
// was read whole into memory (exceljs cached every shared string), growing the server by hundreds of
// MB per upload until it died. The reader must refuse such files while inflating, with memory flat.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readRows } from "./read-rows";
import { readXlsx, XLSX_LIMITS } from "./read-xlsx";
import { NS, patchDeclaredSize, readMeasured, sharedStrings, writeXlsx } from "./xlsx-test-helpers";
import { hasZipSignature, readZipDirectory } from "./zip-entries";

describe("XLSX zip bombs are refused while inflating, with memory bounded", () => {
  it("shared strings of 300 MB in a ~2 MB file: refused at the shared-string cap", async () => {
    const file = await writeXlsx({ "xl/sharedStrings.xml": sharedStrings(300 * 2 ** 20, 1000) }, 1);
    const result = await readMeasured(async () => (await readRows(file, "xlsx")).rows);
    expect(result.error?.code).toBe("unprocessable");
    expect(result.error?.message).toMatch(/more distinct text than an import can take/);
    // The cap holds 64 MB of text; exceljs grew by more than 300 MB here.
    expect(result.grewMb).toBeLessThan(200);
  }, 60_000);

  it("a part packed more than 200:1 is refused from the directory, before inflating", async () => {
    const file = await writeXlsx({ "xl/sharedStrings.xml": sharedStrings(64 * 2 ** 20, 1000) });
    await expect(readZipDirectory(file)).rejects.toMatchObject({
      code: "unprocessable",
      message: expect.stringMatching(/packed more than 200:1/),
    });
  }, 30_000);

  it("a part that declares a small size but inflates to 64 MB stops at its declared size", async () => {
    const file = await writeXlsx({ "xl/sharedStrings.xml": sharedStrings(64 * 2 ** 20, 1000) });
    // The central directory says 100 KB; the part inflates to 64 MB.
    await patchDeclaredSize(file, "xl/sharedStrings.xml", 100 * 1024);
    const result = await readMeasured(async () => (await readXlsx(file)).rows);
    expect(result.error?.message).toMatch(/larger than it says/);
    expect(result.grewMb).toBeLessThan(64);
  }, 30_000);

  it("caps the total inflated bytes of a file and the inflated bytes of one part", async () => {
    const sheet = () => {
      const rows = Array.from(
        { length: 20_000 },
        (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
      );
      return `<worksheet ${NS}><sheetData>${rows.join("")}</sheetData></worksheet>`;
    };
    const file = await writeXlsx({ "xl/worksheets/sheet1.xml": sheet() });
    const small = { ...XLSX_LIMITS, entryBytes: 200_000 };
    await expect(readZipDirectory(file, small)).rejects.toThrow(/MB in one part/);
    const total = { ...XLSX_LIMITS, totalBytes: 200_000 };
    await expect(readZipDirectory(file, total)).rejects.toThrow(/MB in all/);
    // Declared sizes pass, the count while inflating does not: rows already read are kept, then it stops.
    const read = await readMeasured(
      async () => (await readXlsx(file, { ...XLSX_LIMITS, entryBytes: 2 ** 30 })).rows,
    );
    expect(read).toMatchObject({ error: null, rows: 20_000 });
  }, 30_000);

  it("distinct shared strings past the byte cap are refused with a clear message", async () => {
    const file = await writeXlsx({ "xl/sharedStrings.xml": sharedStrings(4 * 2 ** 20, 40, true) });
    const limits = { ...XLSX_LIMITS, sharedStringBytes: 2 ** 20 };
    const result = await readMeasured(async () => (await readXlsx(file, limits)).rows);
    expect(result.error?.message).toMatch(/more distinct text than an import can take \(1 MB\)/);
  });

  it("a cell longer than Excel allows and a tag that never ends are refused", async () => {
    const long = await writeXlsx({
      "xl/sharedStrings.xml": `<sst ${NS}><si><t>${"x".repeat(40_000)}</t></si></sst>`,
    });
    await expect(readMeasured(async () => (await readXlsx(long)).rows)).resolves.toMatchObject({
      error: { message: expect.stringMatching(/more than 32,767 characters/) },
    });
    const open = await writeXlsx({
      "xl/worksheets/sheet1.xml": `<worksheet ${NS}><sheetData><row r="1" x="${"y".repeat(100_000)}`,
    });
    await expect(readMeasured(async () => (await readXlsx(open)).rows)).resolves.toMatchObject({
      error: { message: expect.stringMatching(/damaged/) },
    });
  });

  // Regression: a row had no size cap. Each cell pointing at a shared string got its own copy, so a
  // 2.5 KB file (one shared string of 32,767 "€", one row of 16,383 cells pointing at it) grew
  // readHeaders() from 84 MB to 1,175 MB RSS. The row is now refused once it holds 1 MB of text.
  it("one row of 16,383 cells all pointing at one 32,767-character shared string is refused naming the row", async () => {
    const cells = '<c t="s"><v>0</v></c>'.repeat(16_383);
    const file = await writeXlsx({
      "xl/sharedStrings.xml": `<sst ${NS}><si><t>${"€".repeat(32_767)}</t></si></sst>`,
      "xl/worksheets/sheet1.xml": `<worksheet ${NS}><sheetData><row r="1">${cells}</row></sheetData></worksheet>`,
    });
    const result = await readMeasured(async () => (await readRows(file, "xlsx")).rows);
    expect(result.error).toMatchObject({
      code: "unprocessable",
      message: expect.stringMatching(/^Row 1 holds more than 1 MB of text/),
    });
    expect(result.grewMb).toBeLessThan(200);
  }, 30_000);

  it("inline strings count towards the same row cap; a row under it is read", async () => {
    const inline = (n: number) => `<c t="inlineStr"><is><t>${"x".repeat(32_000)}</t></is></c>`.repeat(n);
    const file = await writeXlsx(
      {
        "xl/worksheets/sheet1.xml": `<worksheet ${NS}><sheetData><row r="1">${inline(30)}</row><row r="2">${inline(40)}</row></sheetData></worksheet>`,
      },
      0,
    );
    const result = await readMeasured(async () => (await readXlsx(file)).rows);
    expect(result).toMatchObject({
      rows: 1,
      error: { message: expect.stringMatching(/^Row 2 holds more than 1 MB of text/) },
    });
  });

  it("tells a ZIP from anything else by its first bytes", async () => {
    const file = await writeXlsx({});
    expect(await hasZipSignature(file)).toBe(true);
    const text = path.join(path.dirname(file), "not.xlsx");
    await writeFile(text, "Name,Email\n");
    expect(await hasZipSignature(text)).toBe(false);
    await expect(readZipDirectory(text)).rejects.toThrow(/not a valid XLSX file/);
  });
});
