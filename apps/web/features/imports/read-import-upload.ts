import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import {
  discardSpooledUpload,
  type SpooledFile,
  spoolImportUpload,
} from "@crm/core/modules/imports/import-files";
import { MAX_IMPORT_BYTES } from "@crm/core/modules/imports/schemas";
import { AppError } from "@crm/core/platform/errors";
import busboy from "busboy";

export type ImportUpload = { fields: Record<string, string>; fileName: string; file: SpooledFile };

const invalid = (field: string, message: string) =>
  new AppError("unprocessable", message, { fieldErrors: { [field]: [message] } });

/**
 * Reads a multipart/form-data upload as a stream with busboy: text fields into memory, the one
 * `file` part straight to disk (whatever the order of the parts), never the whole body in memory.
 */
export async function readImportUpload(request: Request): Promise<ImportUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data") || !request.body) {
    throw new AppError("bad_request", "Send the file as multipart/form-data with a `file` part");
  }
  const fields: Record<string, string> = {};
  let spooled: Promise<SpooledFile> | undefined;
  let fileName = "";
  const parser = busboy({
    headers: { "content-type": contentType },
    limits: { files: 1, fields: 20, fieldSize: 1024 * 1024, fileSize: MAX_IMPORT_BYTES + 1 },
  });
  parser.on("field", (name, value) => {
    fields[name] = value;
  });
  parser.on("file", (name, stream, info) => {
    if (name !== "file" || spooled) {
      stream.resume();
      return;
    }
    fileName = info.filename || "upload.csv";
    spooled = spoolImportUpload(stream);
    spooled.catch(() => stream.resume());
  });
  const done = new Promise<void>((resolve, reject) => {
    parser.on("close", resolve);
    parser.on("error", reject);
  });
  Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>).pipe(parser);
  await done;
  if (!spooled) throw invalid("file", "Attach a CSV or XLSX file as `file`");
  const file = await spooled;
  return { fields, fileName, file };
}

/** The optional `mapping` field: a JSON object of column → field. */
export function parseMappingField(value: string | undefined): unknown {
  if (value === undefined || value.trim() === "") return undefined;
  try {
    return JSON.parse(value);
  } catch {
    throw invalid("mapping", "mapping must be a JSON object of column → field");
  }
}

export { discardSpooledUpload };
