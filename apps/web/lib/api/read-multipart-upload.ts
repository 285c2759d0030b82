import "server-only";
import { Readable, Transform } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import { AppError } from "@crm/core/platform/errors";
import {
  discardUpload,
  spoolUpload,
  tooLargeUpload,
  type UploadedFile,
} from "@crm/core/platform/operations/uploaded-file";
import { isStorableText, unstorableTextFieldErrors } from "@crm/core/platform/validation";
import busboy from "busboy";

export type MultipartUpload = { fields: Record<string, string>; file: UploadedFile };

/** Room for the text fields (an import's mapping) and part headers beside a file of the maximum size. */
const FORM_OVERHEAD_BYTES = 2 * 1024 * 1024;

const invalid = (field: string, message: string) =>
  new AppError("unprocessable", message, { fieldErrors: { [field]: [message] } });

const malformed = (detail: string) =>
  new AppError("bad_request", `The multipart/form-data body is malformed: ${detail}`, {
    fieldErrors: { body: [detail] },
  });

/**
 * Reads a multipart/form-data upload (RestRoute `upload`) as a stream with busboy: text fields into
 * memory, the one `file` part straight to a spool file on disk (whatever the order of the parts),
 * never the whole body in memory. Past `maxFileBytes` it stops reading at once and fails with 413
 * (the answer closes the connection), and a body busboy cannot parse is a 400, not an error deep
 * in the parser. The caller removes the spool file (`discardUpload`) when done with it.
 */
export async function readMultipartUpload(request: Request, maxFileBytes: number): Promise<MultipartUpload> {
  const maxBodyBytes = maxFileBytes + FORM_OVERHEAD_BYTES;
  const tooLarge = () => tooLargeUpload(maxFileBytes);
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data") || !request.body) {
    throw new AppError("bad_request", "Send the file as multipart/form-data with a `file` part", {
      fieldErrors: { "content-type": ["Use multipart/form-data"] },
    });
  }
  // A declared length past the limit is refused before a byte of the body is read.
  if (Number(request.headers.get("content-length") ?? 0) > maxBodyBytes) throw tooLarge();
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      limits: { files: 1, fields: 20, fieldSize: 1024 * 1024, fileSize: maxFileBytes },
    });
  } catch (error) {
    // "Multipart: Boundary not found" and other header errors.
    throw new AppError("bad_request", `Invalid multipart/form-data: ${(error as Error).message}`, {
      fieldErrors: { "content-type": ["Needs a multipart boundary"] },
    });
  }
  const body = Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>);
  return new Promise<MultipartUpload>((resolve, reject) => {
    const fields: Record<string, string> = Object.create(null);
    let spooled: Promise<string> | undefined;
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
      spooled?.then(
        (spooledPath) => discardUpload({ spooledPath }),
        () => undefined,
      );
      reject(error);
    };

    let received = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        if (received > maxBodyBytes) {
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
      // A part sent without a file name is taken for CSV text (what a form field holds).
      fileName = info.filename || "upload.csv";
      fileStream = stream;
      stream.on("limit", () => fail(tooLarge()));
      spooled = spoolUpload(stream, maxFileBytes);
      spooled.catch((error: unknown) => {
        stream.resume();
        fail(error);
      });
    });
    parser.on("error", (error: Error) => fail(malformed(error.message)));
    parser.on("close", () => {
      if (settled) return;
      if (!spooled) {
        fail(invalid("file", "Attach the file as the part `file`"));
        return;
      }
      spooled.then((spooledPath) => {
        if (settled) return void discardUpload({ spooledPath });
        settled = true;
        resolve({ fields: { ...fields }, file: { fileName, spooledPath } });
      }, fail);
    });
    body.on("error", (error) => fail(malformed(error.message)));
    body.pipe(counter).pipe(parser);
  });
}
