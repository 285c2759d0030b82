import { createReadStream, type ReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import type { ImportFileType } from "./schemas";
import { sniffCsv } from "./sniff-csv";

/** One row of a sheet: its number as a spreadsheet shows it (header = 1) and its cells as text. */
export type SheetRow = { row: number; values: string[] };

export type RowReader = {
  rows: AsyncIterable<SheetRow>;
  /** Bytes of the file read so far, for a progress estimate. */
  bytesRead: () => number;
};

/**
 * Streams the rows of a CSV or XLSX file (first sheet) without loading the file: memory stays flat
 * whatever its size. The first row yielded is the header.
 */
export async function readRows(absPath: string, fileType: ImportFileType): Promise<RowReader> {
  const sample = fileType === "csv" ? await readSample(absPath) : undefined;
  const source = createReadStream(absPath, { highWaterMark: 256 * 1024 });
  const rows = sample ? csvRows(source, sample) : xlsxRows(source);
  return { rows, bytesRead: () => source.bytesRead };
}

async function readSample(absPath: string): Promise<Buffer> {
  const handle = await open(absPath, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function* csvRows(source: ReadStream, sample: Buffer): AsyncGenerator<SheetRow> {
  const { encoding, delimiter } = sniffCsv(sample);
  const parser = source.pipe(
    parse({
      bom: true,
      encoding,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }),
  );
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, values: record.map((v) => v.trim()) };
    }
  } finally {
    source.destroy();
  }
}

async function* xlsxRows(source: ReadStream): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const cells = Array.isArray(row.values) ? row.values.slice(1) : [];
        yield { row: row.number, values: Array.from(cells, cellText) };
      }
      break; // the first sheet only
    }
  } finally {
    source.destroy();
  }
}

/** A cell as the text a user sees: dates as ISO dates, formulas as their result, rich text joined. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (typeof value === "object") {
    const v = value as {
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
      hyperlink?: string;
    };
    if (v.richText)
      return v.richText
        .map((r) => r.text)
        .join("")
        .trim();
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.hyperlink) return v.hyperlink;
    return "";
  }
  return String(value).trim();
}

/** The header row of a file (empty when the file has none). */
export async function readHeaders(absPath: string, fileType: ImportFileType): Promise<string[]> {
  const { rows } = await readRows(absPath, fileType);
  for await (const { values } of rows) return values;
  return [];
}
