import type { Ctx } from "../../platform/context";
import type { ExportObject } from "../records/record-type-info";
import { openListExport } from "./list-export";
import type { ExportQuery } from "./schemas";
import { csvStream } from "./stream-csv";
import { xlsxStream } from "./stream-xlsx";

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export type ExportDownload = { body: ReadableStream<Uint8Array>; contentType: string; filename: string };

/** A list export as a download: the stream, its content type and a file name like `contacts-2026-01-31.csv`. */
export async function streamListExport(
  ctx: Ctx,
  object: ExportObject,
  query: ExportQuery,
  now = new Date(),
): Promise<ExportDownload> {
  const source = await openListExport(ctx, object, query);
  return {
    body: source.format === "xlsx" ? xlsxStream(source) : csvStream(source),
    contentType: CONTENT_TYPES[source.format],
    filename: `${source.object}-${now.toISOString().slice(0, 10)}.${source.format}`,
  };
}
