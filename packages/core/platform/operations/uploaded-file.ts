import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { z } from "zod";
import { env } from "../env";
import { AppError } from "../errors";

// The file part of a multipart upload (RestRoute `upload`): received to a spool file on local disk
// before the operation runs, so a use case reads it as often as it needs and no request holds it
// in memory. The binding removes the spool file once the operation has answered.

/** An uploaded file: its name as sent and where it was received. */
export type UploadedFile = { fileName: string; spooledPath: string };

const isUploadedFile = (value: unknown): value is UploadedFile =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Partial<UploadedFile>).fileName === "string" &&
  typeof (value as Partial<UploadedFile>).spooledPath === "string";

/** The input field of an uploaded file (in OpenAPI a binary part of the multipart/form-data body). */
export const uploadedFileSchema = () =>
  z
    .custom<UploadedFile>(isUploadedFile, { message: "Attach the file" })
    .meta({ type: "string", format: "binary" });

export const tooLargeUpload = (maxBytes: number) => {
  const message = `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`;
  return new AppError("payload_too_large", message, { fieldErrors: { file: [message] } });
};

/** The source's chunks, failing past `maxBytes` (whoever consumes it stops and keeps nothing). */
function capUpload(source: Readable, maxBytes: number): Readable {
  return Readable.from(
    (async function* () {
      let size = 0;
      for await (const chunk of source as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > maxBytes) throw tooLargeUpload(maxBytes);
        yield chunk;
      }
    })(),
  );
}

/** Receives an upload into DATA_DIR/tmp/uploads (what it is for is not known yet), at most `maxBytes`. */
export async function spoolUpload(source: Readable, maxBytes: number): Promise<string> {
  const spooledPath = path.join(env.dataDir, "tmp", "uploads", randomUUID());
  await mkdir(path.dirname(spooledPath), { recursive: true });
  try {
    await pipeline(capUpload(source, maxBytes), createWriteStream(spooledPath));
  } catch (error) {
    await rm(spooledPath, { force: true });
    throw error;
  }
  return spooledPath;
}

export async function discardUpload(file: Pick<UploadedFile, "spooledPath">): Promise<void> {
  await rm(file.spooledPath, { force: true });
}
