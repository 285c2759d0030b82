import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { logger } from "../../platform/logger";
import type { Cell } from "./csv";
import type { ExportSource } from "./list-export";

/**
 * The export as an XLSX byte stream, written row by row with exceljs's streaming writer (no shared
 * strings table, so nothing grows with the row count). The next batch is read only once the
 * client has taken what is buffered.
 */
export function xlsxStream(source: ExportSource): ReadableStream<Uint8Array> {
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  let closed = false;
  out.on("close", () => {
    closed = true;
  });
  void writeWorkbook(source, out, () => closed);
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

async function writeWorkbook(source: ExportSource, out: PassThrough, isClosed: () => boolean) {
  let rowCount = 0;
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet(source.object, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = source.header.map((header) => ({
      key: header,
      width: Math.min(Math.max(header.length + 2, 12), 40),
    }));
    const head = sheet.addRow(source.header);
    head.font = { bold: true };
    head.commit();
    for await (const batch of source.batches) {
      for (const cells of batch) sheet.addRow(cells.map(xlsxValue)).commit();
      rowCount += batch.length;
      if (out.writableNeedDrain) await Promise.race([once(out, "drain"), once(out, "close")]);
      if (isClosed()) {
        await source.finish(rowCount, false);
        return;
      }
    }
    sheet.commit();
    await workbook.commit();
    await source.finish(rowCount, true);
  } catch (error) {
    logger.error({ err: error, object: source.object }, "XLSX export failed");
    await source.finish(rowCount, false);
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Spreadsheet cells keep their type; a string is stored as text, never as a formula. */
function xlsxValue(value: Cell): string | number | boolean | Date | null {
  return value === undefined ? null : value;
}
