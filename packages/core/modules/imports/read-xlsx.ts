import { cleanText } from "./clean-text";
import type { SheetRow } from "./read-rows";
import { attributes, decodeXml, type XmlHandler, XmlScanner } from "./xml-scanner";
import {
  findEntry,
  type InflateBudget,
  inflateEntry,
  readZipDirectory,
  unreadableFile,
  ZIP_LIMITS,
  type ZipDirectory,
  type ZipLimits,
} from "./zip-entries";

// Reads the first sheet of an XLSX file as rows of text, streaming, with every size capped: the
// inflated parts (zip-entries.ts), the shared strings held (a packed UTF-8 store, not an array of
// strings), the text of one cell, the columns of a row and the text of a row.

export type XlsxLimits = ZipLimits & {
  /** UTF-8 bytes of shared strings held while the sheet is read. */
  sharedStringBytes: number;
  sharedStrings: number;
  /** Parts read whole into small tables (workbook, relationships, styles). */
  metadataBytes: number;
};

export const XLSX_LIMITS: XlsxLimits = {
  ...ZIP_LIMITS,
  sharedStringBytes: 64 * 1024 * 1024,
  sharedStrings: 4_000_000,
  metadataBytes: 32 * 1024 * 1024,
};

/** Excel's own limits: 32,767 characters in a cell, 16,384 columns. */
const MAX_CELL_CHARS = 32_767;
const MAX_COLUMNS = 16_384;
/** Raw text kept for one cell before decoding (entities make it longer than the text). */
const MAX_RAW_CELL = MAX_CELL_CHARS * 8;
/**
 * Text of one row, as for a CSV record. Every cell that points at a shared string gets its own copy,
 * so a few bytes of XML per cell would otherwise make one row of 16,384 cells × 32,767 characters.
 */
export const MAX_ROW_CHARS = 1024 * 1024;

export type XlsxReader = { rows: AsyncIterable<SheetRow>; bytesRead: () => number };

export async function readXlsx(path: string, limits: XlsxLimits = XLSX_LIMITS): Promise<XlsxReader> {
  const zip = await readZipDirectory(path, limits);
  const budget: InflateBudget = { inflated: 0, compressedRead: 0 };
  return { rows: xlsxRows(zip, budget, limits), bytesRead: () => budget.compressedRead };
}

async function* xlsxRows(
  zip: ZipDirectory,
  budget: InflateBudget,
  limits: XlsxLimits,
): AsyncGenerator<SheetRow> {
  const parts = await locateParts(zip, budget, limits);
  const dates = parts.styles ? await readDateStyles(zip, parts.styles, budget, limits) : new Set<number>();
  const strings = parts.sharedStrings
    ? await readSharedStrings(zip, parts.sharedStrings, budget, limits)
    : new SharedStrings(limits);
  yield* sheetRows(zip, parts.sheet, budget, { strings, dates, date1904: parts.date1904 });
}

/** Feeds an entry through the scanner; `maxBytes` caps this entry below the general cap. */
async function scanEntry(
  zip: ZipDirectory,
  name: string,
  budget: InflateBudget,
  handler: XmlHandler,
  maxBytes?: number,
): Promise<void> {
  const entry = findEntry(zip, name);
  if (!entry) throw unreadableFile(`This is not a valid XLSX file: ${name} is missing`);
  const scanner = new XmlScanner(handler);
  for await (const chunk of inflateEntry(zip, entry, budget, maxBytes)) scanner.write(chunk);
  scanner.end();
}

async function* scanEntryRows(
  zip: ZipDirectory,
  name: string,
  budget: InflateBudget,
  handler: XmlHandler & { take(): SheetRow[] },
): AsyncGenerator<SheetRow> {
  const entry = findEntry(zip, name);
  if (!entry) throw unreadableFile(`This is not a valid XLSX file: ${name} is missing`);
  const scanner = new XmlScanner(handler);
  for await (const chunk of inflateEntry(zip, entry, budget)) {
    scanner.write(chunk);
    yield* handler.take();
  }
  scanner.end();
  yield* handler.take();
}

type Parts = { sheet: string; sharedStrings?: string; styles?: string; date1904: boolean };

/** The workbook (from the package relationships), its first visible sheet, shared strings and styles. */
async function locateParts(zip: ZipDirectory, budget: InflateBudget, limits: XlsxLimits): Promise<Parts> {
  const rootRels = findEntry(zip, "_rels/.rels")
    ? await readRelationships(zip, "_rels/.rels", "", budget, limits)
    : [];
  const workbook =
    rootRels.find((r) => r.type.endsWith("/officeDocument"))?.target.replace(/^\//, "") ?? "xl/workbook.xml";
  const dir = workbook.includes("/") ? workbook.slice(0, workbook.lastIndexOf("/") + 1) : "";
  const relsName = `${dir}_rels/${workbook.slice(dir.length)}.rels`;
  const rels = findEntry(zip, relsName) ? await readRelationships(zip, relsName, dir, budget, limits) : [];
  const sheets: { id: string; hidden: boolean }[] = [];
  let date1904 = false;
  await scanEntry(
    zip,
    workbook,
    budget,
    {
      open(name, attrs) {
        if (name === "sheet") {
          const a = attributes(attrs);
          sheets.push({ id: a.get("id") ?? "", hidden: (a.get("state") ?? "visible") !== "visible" });
        } else if (name === "workbookPr") {
          const value = attributes(attrs).get("date1904");
          date1904 = value === "1" || value === "true";
        }
      },
      close() {},
      text() {},
    },
    limits.metadataBytes,
  );
  const first = sheets.find((s) => !s.hidden) ?? sheets[0];
  const sheet =
    rels.find((r) => r.id === first?.id)?.target ?? (first ? undefined : `${dir}worksheets/sheet1.xml`);
  if (!sheet) throw unreadableFile("This is not a valid XLSX file: its first sheet is missing");
  const byType = (type: string) => {
    const target = rels.find((r) => r.type.endsWith(`/${type}`))?.target;
    return target && findEntry(zip, target) ? target : undefined;
  };
  return { sheet, sharedStrings: byType("sharedStrings"), styles: byType("styles"), date1904 };
}

type Relationship = { id: string; type: string; target: string };

async function readRelationships(
  zip: ZipDirectory,
  name: string,
  dir: string,
  budget: InflateBudget,
  limits: XlsxLimits,
): Promise<Relationship[]> {
  const rels: Relationship[] = [];
  await scanEntry(
    zip,
    name,
    budget,
    {
      open(tag, attrs) {
        if (tag !== "Relationship") return;
        const a = attributes(attrs);
        if (a.get("TargetMode") === "External") return;
        rels.push({
          id: a.get("Id") ?? "",
          type: a.get("Type") ?? "",
          target: resolvePath(dir, a.get("Target") ?? ""),
        });
      },
      close() {},
      text() {},
    },
    limits.metadataBytes,
  );
  return rels;
}

function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : dir + target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part && part !== ".") out.push(part);
  }
  return out.join("/");
}

// Number formats Excel builds in that show dates or times.
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Indexes of the cell styles (cellXfs) whose number format is a date or time. */
async function readDateStyles(
  zip: ZipDirectory,
  name: string,
  budget: InflateBudget,
  limits: XlsxLimits,
): Promise<Set<number>> {
  const custom = new Map<number, boolean>();
  const formats: number[] = [];
  let inCellXfs = false;
  await scanEntry(
    zip,
    name,
    budget,
    {
      open(tag, attrs) {
        if (tag === "numFmt") {
          const a = attributes(attrs);
          custom.set(Number(a.get("numFmtId")), isDateFormat(a.get("formatCode") ?? ""));
        } else if (tag === "cellXfs") inCellXfs = true;
        else if (tag === "xf" && inCellXfs) formats.push(Number(attributes(attrs).get("numFmtId") ?? 0));
      },
      close(tag) {
        if (tag === "cellXfs") inCellXfs = false;
      },
      text() {},
    },
    limits.metadataBytes,
  );
  const dates = new Set<number>();
  formats.forEach((id, index) => {
    if (custom.get(id) ?? BUILTIN_DATE_FORMATS.has(id)) dates.add(index);
  });
  return dates;
}

/**
 * The shared strings, packed as UTF-8 in one growing buffer with an offset table: no per-string
 * object, and refused past the caps instead of growing without end.
 */
export class SharedStrings {
  private bytes = Buffer.alloc(64 * 1024);
  private offsets = new Uint32Array(1024);
  private used = 0;
  count = 0;

  constructor(private readonly limits: XlsxLimits) {}

  add(text: string): void {
    const length = Buffer.byteLength(text);
    if (this.count + 1 > this.limits.sharedStrings || this.used + length > this.limits.sharedStringBytes) {
      throw unreadableFile(
        `The spreadsheet holds more distinct text than an import can take (${Math.round(this.limits.sharedStringBytes / 1024 / 1024)} MB): split it, or save it as CSV`,
      );
    }
    if (this.used + length > this.bytes.length) {
      const next = Buffer.alloc(
        Math.min(this.limits.sharedStringBytes, Math.max(this.bytes.length * 2, this.used + length)),
      );
      this.bytes.copy(next, 0, 0, this.used);
      this.bytes = next;
    }
    if (this.count + 2 > this.offsets.length) {
      const next = new Uint32Array(Math.min(this.limits.sharedStrings + 1, this.offsets.length * 2));
      next.set(this.offsets);
      this.offsets = next;
    }
    this.bytes.write(text, this.used);
    this.used += length;
    this.count += 1;
    this.offsets[this.count] = this.used;
  }

  get(index: number): string {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return "";
    return this.bytes.toString("utf8", this.offsets[index], this.offsets[index + 1]);
  }
}

/** Collects the text of `<t>` elements (outside phonetic runs) of one string item or inline string. */
class TextCollector {
  private raw = "";
  private depth = 0;
  private phonetic = 0;

  open(tag: string): void {
    if (tag === "t") this.depth += 1;
    else if (tag === "rPh") this.phonetic += 1;
  }

  close(tag: string): void {
    if (tag === "t") this.depth -= 1;
    else if (tag === "rPh") this.phonetic -= 1;
  }

  text(raw: string): void {
    if (this.depth <= 0 || this.phonetic > 0) return;
    if (this.raw.length + raw.length > MAX_RAW_CELL) throw cellTooLong();
    this.raw += raw;
  }

  take(): string {
    const text = decodeXml(this.raw);
    this.raw = "";
    this.depth = 0;
    this.phonetic = 0;
    if (text.length > MAX_CELL_CHARS) throw cellTooLong();
    return text;
  }
}

const cellTooLong = () =>
  unreadableFile(
    `A cell holds more than ${MAX_CELL_CHARS.toLocaleString("en")} characters, more than Excel allows`,
  );

async function readSharedStrings(
  zip: ZipDirectory,
  name: string,
  budget: InflateBudget,
  limits: XlsxLimits,
): Promise<SharedStrings> {
  const strings = new SharedStrings(limits);
  const collector = new TextCollector();
  let inItem = false;
  await scanEntry(zip, name, budget, {
    open(tag) {
      if (tag === "si") inItem = true;
      else if (inItem) collector.open(tag);
    },
    close(tag) {
      if (tag === "si") {
        inItem = false;
        strings.add(collector.take());
      } else if (inItem) collector.close(tag);
    },
    text(raw) {
      if (inItem) collector.text(raw);
    },
  });
  return strings;
}

type SheetContext = { strings: SharedStrings; dates: Set<number>; date1904: boolean };

/** "BC12" → 55 (zero-based column of a cell reference); undefined without letters. */
function columnOf(ref: string): number | undefined {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i += 1) {
    const c = ref.charCodeAt(i) & ~0x20;
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  return i === 0 ? undefined : column - 1;
}

function sheetRows(zip: ZipDirectory, name: string, budget: InflateBudget, context: SheetContext) {
  const ready: SheetRow[] = [];
  let values: string[] | null = null;
  let rowNumber = 0;
  let rowChars = 0;
  let column = -1;
  let cell: { type: string; style: number } | null = null;
  let value = "";
  let inValue = false;
  let inline: TextCollector | null = null;
  const handler = {
    open(tag: string, attrs: string) {
      if (tag === "row") {
        const r = Number(attributes(attrs).get("r"));
        rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
        values = [];
        rowChars = 0;
        column = -1;
      } else if (tag === "c" && values) {
        const a = attributes(attrs);
        const at = columnOf(a.get("r") ?? "");
        column = at ?? column + 1;
        if (column >= MAX_COLUMNS) throw unreadableFile("The sheet has more columns than Excel allows");
        cell = { type: a.get("t") ?? "n", style: Number(a.get("s") ?? 0) };
        value = "";
      } else if (cell) {
        if (tag === "v") inValue = true;
        else if (tag === "is") inline = new TextCollector();
        else inline?.open(tag);
      }
    },
    close(tag: string) {
      if (tag === "row" && values) {
        ready.push({ row: rowNumber, values: Array.from(values, (v) => v ?? "") });
        values = null;
      } else if (tag === "c" && cell && values) {
        const text = cellValue(cell, decodeXml(value), inline?.take(), context);
        // Counted cell by cell: the row is refused before it holds more than one cell past the cap.
        rowChars += text.length;
        if (rowChars > MAX_ROW_CHARS)
          throw unreadableFile(
            `Row ${rowNumber} holds more than 1 MB of text, more than an import takes in one row`,
          );
        if (text) values[column] = cleanText(text).trim();
        cell = null;
        inline = null;
      } else if (tag === "v") inValue = false;
      else inline?.close(tag);
    },
    text(raw: string) {
      if (inValue) {
        if (value.length + raw.length > MAX_RAW_CELL) throw cellTooLong();
        value += raw;
      } else inline?.text(raw);
    },
    take() {
      return ready.splice(0, ready.length);
    },
  };
  return scanEntryRows(zip, name, budget, handler);
}

/** A cell as the text a user sees: shared and inline strings, numbers, dates as ISO dates, booleans. */
function cellValue(
  cell: { type: string; style: number },
  value: string,
  inline: string | undefined,
  context: SheetContext,
): string {
  switch (cell.type) {
    case "s":
      return context.strings.get(Number(value)).trim();
    case "inlineStr":
      return (inline ?? value).trim();
    case "str":
      return value.trim();
    case "b":
      return value === "1" ? "true" : value === "0" ? "false" : "";
    case "e":
      return "";
    case "d":
      return isoText(new Date(value));
    default: {
      const number = Number(value);
      if (value.trim() === "" || !Number.isFinite(number)) return value.trim();
      if (!context.dates.has(cell.style)) return String(number);
      const days = number - 25569 + (context.date1904 ? 1462 : 0);
      return isoText(new Date(Math.round(days * 86_400_000)));
    }
  }
}

function isoText(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}
