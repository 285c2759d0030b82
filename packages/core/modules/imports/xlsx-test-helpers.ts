import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { ZipArchive } from "archiver";

// Builders of (hostile) XLSX files for the import tests (not a test file itself).

export const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

type Part = string | Buffer | (() => Iterable<Buffer>);

/** Writes a minimal workbook with archiver; a part given as a generator is streamed (never held). */
export async function writeXlsx(parts: Record<string, Part>, level = 9): Promise<string> {
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
export function sharedStrings(totalBytes: number, itemChars: number, vary = false) {
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
export async function readMeasured(read: () => Promise<AsyncIterable<unknown> | Iterable<unknown>>) {
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

/** Rewrites the uncompressed size an entry declares in the central directory (a lying bomb). */
export async function patchDeclaredSize(file: string, entryName: string, size: number): Promise<void> {
  const bytes = await readFile(file);
  const name = Buffer.from(entryName);
  let at = bytes.length - 22;
  while (bytes.readUInt32LE(at) !== 0x06054b50) at -= 1;
  let entry = bytes.readUInt32LE(at + 16);
  while (!bytes.subarray(entry + 46, entry + 46 + name.length).equals(name))
    entry +=
      46 + bytes.readUInt16LE(entry + 28) + bytes.readUInt16LE(entry + 30) + bytes.readUInt16LE(entry + 32);
  bytes.writeUInt32LE(size, entry + 24);
  await writeFile(file, bytes);
}
