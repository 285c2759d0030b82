import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { env } from "../../platform/env";
import { AppError } from "../../platform/errors";
import { type ImportFileType, MAX_IMPORT_BYTES } from "./schemas";

// Uploaded files live in DATA_DIR/imports/<org>/<import id>/ (a worker on another machine needs the same DATA_DIR).

export const importFilePath = (orgId: string, importId: string, fileType: ImportFileType): string =>
  path.join("imports", orgId, importId, `source.${fileType}`);

export const absoluteImportPath = (relative: string): string => path.join(env.dataDir, relative);

export function fileTypeOf(fileName: string): ImportFileType {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === ".xlsx") return "xlsx";
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") return "csv";
  throw new AppError("unprocessable", "Upload a CSV or XLSX file", {
    fieldErrors: { file: ["Upload a CSV or XLSX file"] },
  });
}

/** A file already received to disk (a multipart upload whose fields came after the file). */
export type SpooledFile = { spooledPath: string };

/** Streams a source to `target`, refusing more than 100 MB (the partial file is removed). Returns the size. */
async function streamToDisk(source: Readable, target: string): Promise<number> {
  await mkdir(path.dirname(target), { recursive: true });
  let size = 0;
  try {
    await pipeline(
      source,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          size += chunk.length;
          if (size > MAX_IMPORT_BYTES) {
            throw new AppError("unprocessable", "The file is larger than 100 MB", {
              fieldErrors: { file: ["The file is larger than 100 MB"] },
            });
          }
          yield chunk;
        }
      },
      createWriteStream(target),
    );
  } catch (error) {
    await rm(target, { force: true });
    throw error;
  }
  return size;
}

/** Receives an upload into DATA_DIR/imports/.incoming (same disk, so it is later moved, not copied). */
export async function spoolImportUpload(source: Readable): Promise<SpooledFile> {
  const spooledPath = path.join(env.dataDir, "imports", ".incoming", randomUUID());
  await streamToDisk(source, spooledPath);
  return { spooledPath };
}

export async function discardSpooledUpload(file: SpooledFile): Promise<void> {
  await rm(file.spooledPath, { force: true });
}

/** Puts an upload in its place under DATA_DIR, streamed (never held in memory). Returns the size. */
export async function saveImportFile(source: Readable | SpooledFile, relative: string): Promise<number> {
  const target = absoluteImportPath(relative);
  if ("spooledPath" in source) {
    await mkdir(path.dirname(target), { recursive: true });
    await rename(source.spooledPath, target);
    return (await stat(target)).size;
  }
  return streamToDisk(source, target);
}

export async function removeImportFiles(orgId: string, importId: string): Promise<void> {
  await rm(path.join(env.dataDir, "imports", orgId, importId), { recursive: true, force: true });
}
