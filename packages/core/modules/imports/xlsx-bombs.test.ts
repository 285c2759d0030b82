// Regression (issue 13.2): an XLSX "zip bomb" — a 1 MB upload whose shared strings inflate to 300 MB —
// was read whole into memory (exceljs cached every shared string), growing the server by hundreds of
// MB per upload until it died. The reader must refuse such files while inflating, with memory flat.
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { ZipArchive } from "archiver";
import { describe, expect, it } from "vitest";
import { readRows } from "./read-rows";
import { readXlsx, XLSX_LIMITS } from "./read-xlsx";
import { hasZipSignature, readZipDirectory } from "./zip-entries";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

type Part = string | Buffer | (() => Iterable<Buffer>);

/** Writes a minimal workbook with archiver; a part given as a generator is streamed (never held). */
async function writeXlsx(parts: Record<string, Part>, level = 9): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "crm-xlsx-bomb-"));
  const file = path.join(dir, "book.xlsx");
  const archive = new ZipArchive({ zlib: { level } });
  const out = createWriteStream(file);
  archive.pipe(out);
  const all: Record<string, Part> = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types/>',
    "_rels/.rels": `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
    ...parts,
  };
  for (const [name, content] of Object.entries(all)) {
    archive.append(typeof content === "function" ? Readable.from(content()) : content, { name });
  }
  await archive.finalize();
  await new Promise<void>((resolve) => out.on("close", () => resolve()));
  return file;
}

/** `<si>` items of `itemChars` characters until `totalBytes`; `vary` makes each one distinct. */
function sharedStrings(totalBytes: number, itemChars: number, vary = false) {
  return function* () {
    yield Buffer.from(`<?xml version="1.0"?><sst ${NS}>`);
    const filler = "a".repeat(itemChars);
    let written = 0;
    let n = 0;
    while (written < totalBytes) {
      const items: string[] = [];
      for (let i = 0; i < 1000; i += 1, n += 1)
        items.push(`<si><t>${vary ? `${n.toString(36)}-${filler}` : filler}</t></si>`);
      const block = Buffer.from(items.join(""));
      written += block.length;
      yield block;
    }
    yield Buffer.from("</sst>");
  };
}

/** Reads every row while sampling the process's resident memory; returns the error and the peak growth. */
async function readMeasured(read: () => Promise<AsyncIterable<unknown>>) {
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  let error: unknown = null;
  let rows = 0;
  try {
    for await (const _ of await read()) rows += 1;
  } catch (caught) {
    error = caught;
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    error: error as { code?: string; message?: string } | null,
    rows,
    grewMb: (peak - before) / 2 ** 20,
  };
}

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
    // Rewrite the declared (uncompressed) size of the shared strings in the central directory to 100 KB.
    const bytes = await readFile(file);
    const name = Buffer.from("xl/sharedStrings.xml");
    let at = bytes.length - 22;
    while (bytes.readUInt32LE(at) !== 0x06054b50) at -= 1;
    let entry = bytes.readUInt32LE(at + 16);
    while (!bytes.subarray(entry + 46, entry + 46 + name.length).equals(name))
      entry +=
        46 + bytes.readUInt16LE(entry + 28) + bytes.readUInt16LE(entry + 30) + bytes.readUInt16LE(entry + 32);
    bytes.writeUInt32LE(100 * 1024, entry + 24);
    await writeFile(file, bytes);
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

  it("tells a ZIP from anything else by its first bytes", async () => {
    const file = await writeXlsx({});
    expect(await hasZipSignature(file)).toBe(true);
    const text = path.join(path.dirname(file), "not.xlsx");
    await writeFile(text, "Name,Email\n");
    expect(await hasZipSignature(text)).toBe(false);
    await expect(readZipDirectory(text)).rejects.toThrow(/not a valid XLSX file/);
  });
});
