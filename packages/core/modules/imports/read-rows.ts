import { createReadStream, type ReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { parse } from "csv-parse";
import { cleanText } from "./clean-text";
import { readXlsx } from "./read-xlsx";
import type { ImportFileType } from "./schemas";
import { sniffCsv } from "./sniff-csv";
import { unreadableFile } from "./zip-entries";

/** One row of a sheet: its number as a spreadsheet shows it (header = 1) and its cells as text. */
export type SheetRow = { row: number; values: string[] };

export type RowReader = {
  rows: AsyncIterable<SheetRow>;
  /** Bytes of the file read so far, for a progress estimate. */
  bytesRead: () => number;
};

/**
 * Streams the rows of a CSV or XLSX file (first sheet) without loading the file: memory stays flat
 * whatever its size (an XLSX file's caps are in read-xlsx.ts). The first row yielded is the header.
 */
export async function readRows(absPath: string, fileType: ImportFileType): Promise<RowReader> {
  if (fileType === "xlsx") return readXlsx(absPath);
  const sample = await readSample(absPath);
  const source = createReadStream(absPath, { highWaterMark: 256 * 1024 });
  return { rows: csvRows(source, sample), bytesRead: () => source.bytesRead };
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

/** The longest CSV record (all its fields) accepted. */
const MAX_CSV_RECORD_CHARS = 1024 * 1024;

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
      // One record is held whole while it is parsed: an unclosed quote must not hold the whole file.
      max_record_size: MAX_CSV_RECORD_CHARS,
    }),
  );
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, values: record.map((v) => cleanText(v).trim()) };
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("CSV_")) {
      throw code === "CSV_MAX_RECORD_SIZE"
        ? unreadableFile(`Row ${row + 1} is longer than 1 MB: is a quote (") left open?`)
        : unreadableFile(`The CSV file cannot be read after row ${row}: ${(error as Error).message}`);
    }
    throw error;
  } finally {
    source.destroy();
  }
}

/** The header row of a file (empty when the file has none). */
export async function readHeaders(absPath: string, fileType: ImportFileType): Promise<string[]> {
  const { rows } = await readRows(absPath, fileType);
  for await (const { values } of rows) return values;
  return [];
}
