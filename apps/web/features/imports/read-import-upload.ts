import "server-only";
import { Readable, Transform } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import {
  discardSpooledUpload,
  type SpooledFile,
  spoolImportUpload,
} from "@crm/core/modules/imports/import-files";
import { MAX_IMPORT_BYTES } from "@crm/core/modules/imports/schemas";
import { AppError } from "@crm/core/platform/errors";
import {
  isStorableText,
  unstorableTextFieldErrors,
  unstorableTextPaths,
} from "@crm/core/platform/validation";
import busboy from "busboy";

export type ImportUpload = { fields: Record<string, string>; fileName: string; file: SpooledFile };

/** Room for the text fields (a mapping) and part headers beside a file of the maximum size. */
const FORM_OVERHEAD_BYTES = 2 * 1024 * 1024;
const MAX_BODY_BYTES = MAX_IMPORT_BYTES + FORM_OVERHEAD_BYTES;

const invalid = (field: string, message: string) =>
  new AppError("unprocessable", message, { fieldErrors: { [field]: [message] } });

const tooLarge = () =>
  new AppError("payload_too_large", "The file is larger than 100 MB", {
    fieldErrors: { file: ["The file is larger than 100 MB"] },
  });

const malformed = (detail: string) =>
  new AppError("bad_request", `The multipart/form-data body is malformed: ${detail}`, {
    fieldErrors: { body: [detail] },
  });

/**
 * Reads a multipart/form-data upload as a stream with busboy: text fields into memory, the one
 * `file` part straight to disk (whatever the order of the parts), never the whole body in memory.
 * Past 100 MB it stops reading at once and fails with 413 (the answer closes the connection), and
 * a body busboy cannot parse is a 400, not an error deep in the parser.
 */
export async function readImportUpload(request: Request): Promise<ImportUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data") || !request.body) {
    throw new AppError("bad_request", "Send the file as multipart/form-data with a `file` part", {
      fieldErrors: { "content-type": ["Use multipart/form-data"] },
    });
  }
  // A declared length past the limit is refused before a byte of the body is read.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      limits: { files: 1, fields: 20, fieldSize: 1024 * 1024, fileSize: MAX_IMPORT_BYTES },
    });
  } catch (error) {
    // "Multipart: Boundary not found" and other header errors.
    throw new AppError("bad_request", `Invalid multipart/form-data: ${(error as Error).message}`, {
      fieldErrors: { "content-type": ["Needs a multipart boundary"] },
    });
  }
  const body = Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>);
  return new Promise<ImportUpload>((resolve, reject) => {
    const fields: Record<string, string> = Object.create(null);
    let spooled: Promise<SpooledFile> | undefined;
    let fileStream: Readable | undefined;
    let fileName = "";
    let settled = false;

    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      // Stop reading: the rest of the body is never received, the file part on disk is removed.
      body.unpipe();
      body.destroy();
      fileStream?.destroy();
      parser.removeAllListeners("close");
      spooled?.then(discardSpooledUpload, () => undefined);
      reject(error);
    };

    let received = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        if (received > MAX_BODY_BYTES) {
          fail(tooLarge());
          callback();
          return;
        }
        callback(null, chunk);
      },
    });

    parser.on("field", (name, value) => {
      if (!isStorableText(name) || !isStorableText(value)) {
        fail(
          new AppError("unprocessable", "Fields must not contain U+0000 or a lone surrogate", {
            fieldErrors: unstorableTextFieldErrors([name]),
          }),
        );
        return;
      }
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      // A body that ends inside a part makes busboy fail that part's stream ("Unexpected end of
      // form"); without a listener that was an uncaught exception in the server.
      stream.on("error", (error: Error) => fail(malformed(error.message)));
      if (name !== "file" || spooled) {
        stream.resume();
        return;
      }
      if (info.filename && !isStorableText(info.filename)) {
        stream.resume();
        fail(invalid("file", "The file name must not contain U+0000"));
        return;
      }
      fileName = info.filename || "upload.csv";
      fileStream = stream;
      stream.on("limit", () => fail(tooLarge()));
      spooled = spoolImportUpload(stream);
      spooled.catch((error: unknown) => {
        stream.resume();
        fail(error);
      });
    });
    parser.on("error", (error: Error) => fail(malformed(error.message)));
    parser.on("close", () => {
      if (settled) return;
      if (!spooled) {
        fail(invalid("file", "Attach a CSV or XLSX file as `file`"));
        return;
      }
      spooled.then((file) => {
        if (settled) return void discardSpooledUpload(file);
        settled = true;
        resolve({ fields: { ...fields }, fileName, file });
      }, fail);
    });
    body.on("error", (error) => fail(malformed(error.message)));
    body.pipe(counter).pipe(parser);
  });
}

/** The optional `mapping` field: a JSON object of column → field. */
export function parseMappingField(value: string | undefined): unknown {
  if (value === undefined || value.trim() === "") return undefined;
  let mapping: unknown;
  try {
    mapping = JSON.parse(value);
  } catch {
    throw invalid("mapping", "mapping must be a JSON object of column → field");
  }
  if (unstorableTextPaths(mapping).length > 0)
    throw invalid("mapping", "mapping must not contain U+0000 or a lone surrogate");
  return mapping;
}

export { discardSpooledUpload };
