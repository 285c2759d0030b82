import path from "node:path";
import { Readable } from "node:stream";
import { AppError } from "../../platform/errors";
import { getStorage } from "../../platform/storage/get-storage";
import { type RowReader, readRows } from "./read-rows";
import { type ImportFileType, MAX_IMPORT_BYTES } from "./schemas";
import type { Import } from "./tables";

// Uploaded files live in the file store under imports/<org>/<import id>/ (imports.file_path is the key).

export const importFileKey = (orgId: string, importId: string, fileType: ImportFileType): string =>
  `imports/${orgId}/${importId}/source.${fileType}`;

export function fileTypeOf(fileName: string): ImportFileType {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === ".xlsx") return "xlsx";
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") return "csv";
  throw new AppError("unprocessable", "Upload a CSV or XLSX file", {
    fieldErrors: { file: ["Upload a CSV or XLSX file"] },
  });
}

/** A file already received to local disk (a multipart upload, see platform/operations/uploaded-file.ts). */
export type SpooledFile = { spooledPath: string };

const tooLarge = () =>
  new AppError("unprocessable", "The file is larger than 100 MB", {
    fieldErrors: { file: ["The file is larger than 100 MB"] },
  });

/** The source's chunks, failing past 100 MB (whoever consumes it stops and keeps nothing). */
function capped(source: Readable): Readable {
  return Readable.from(
    (async function* () {
      let size = 0;
      for await (const chunk of source as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > MAX_IMPORT_BYTES) throw tooLarge();
        yield chunk;
      }
    })(),
  );
}

/** Puts an upload into the file store under `key`, streamed (never held in memory). Returns the size. */
export async function saveImportFile(source: Readable | SpooledFile, key: string): Promise<number> {
  const storage = getStorage();
  const stored =
    "spooledPath" in source
      ? await storage.putFile(key, source.spooledPath)
      : await storage.put(key, capped(source));
  return stored.size;
}

export async function removeImportFiles(orgId: string, importId: string): Promise<void> {
  await getStorage().deletePrefix(`imports/${orgId}/${importId}/`);
}

/** Runs `use` on a local file with the upload's bytes (the ZIP checks need random access). */
export async function withImportFile<T>(key: string, use: (file: string) => Promise<T>): Promise<T> {
  const copy = await getStorage().localCopy(key);
  try {
    return await use(copy.path);
  } finally {
    await copy.release();
  }
}

/** The rows of an import's file (see readRows); the local copy is released when reading ends. */
export async function readImportRows(imp: Pick<Import, "filePath" | "fileType">): Promise<RowReader> {
  const copy = await getStorage().localCopy(imp.filePath);
  let reader: RowReader;
  try {
    reader = await readRows(copy.path, imp.fileType);
  } catch (error) {
    await copy.release();
    throw error;
  }
  async function* rows() {
    try {
      yield* reader.rows;
    } finally {
      await copy.release();
    }
  }
  return { rows: rows(), bytesRead: reader.bytesRead };
}
