import { createReadStream } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";
import { AppError } from "../../platform/errors";

// A ZIP reader for uploads: the central directory is read from the end of the file (no inflating),
// and an entry is inflated as a stream that stops the moment it passes a cap. Zip bombs are refused
// here, before anything downstream holds their bytes.

export type ZipLimits = {
  /** Inflated bytes of all entries read from one file. */
  totalBytes: number;
  /** Inflated bytes of one entry. */
  entryBytes: number;
  /** Inflated bytes per compressed byte of an entry, checked once it has inflated `ratioGraceBytes`. */
  ratio: number;
  ratioGraceBytes: number;
  /** Entries in the central directory. */
  entries: number;
};

export const ZIP_LIMITS: ZipLimits = {
  totalBytes: 1024 * 1024 * 1024,
  entryBytes: 512 * 1024 * 1024,
  ratio: 200,
  ratioGraceBytes: 1024 * 1024,
  entries: 10_000,
};

export type ZipEntry = {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
};

export type ZipDirectory = { path: string; entries: Map<string, ZipEntry>; limits: ZipLimits };

/** Shared by the entries read from one file: the total inflated so far and the compressed bytes read. */
export type InflateBudget = { inflated: number; compressedRead: number };

const MIB = 1024 * 1024;

export const unreadableFile = (message: string): AppError =>
  new AppError("unprocessable", message, { fieldErrors: { file: [message] } });

const notXlsx = () => unreadableFile("This is not a valid XLSX file: save it again from Excel, or as CSV");

const tooLarge = (what: string) =>
  unreadableFile(
    `The spreadsheet unpacks to more data than an import accepts (${what}): split it, or save it as CSV`,
  );

/** True when the file starts with a ZIP local file header ("PK\3\4"), as every XLSX does. */
export async function hasZipSignature(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}

/**
 * The checks an upload request makes on an XLSX file, reading no more than its first bytes and its
 * central directory: a ZIP, not encrypted, and no part declared past the caps.
 */
export async function checkXlsxUpload(path: string): Promise<void> {
  if (!(await hasZipSignature(path))) throw notXlsx();
  const zip = await readZipDirectory(path);
  if (!findEntry(zip, "xl/workbook.xml") && !findEntry(zip, "_rels/.rels")) throw notXlsx();
}

/**
 * Reads the central directory and refuses, without inflating anything, a file that is no ZIP, is
 * encrypted, or declares entries past the caps (the declared sizes are checked again while inflating).
 */
export async function readZipDirectory(path: string, limits: ZipLimits = ZIP_LIMITS): Promise<ZipDirectory> {
  const handle = await open(path, "r");
  try {
    const fileSize = (await handle.stat()).size;
    const { count, offset, size } = await readEndOfDirectory(handle, fileSize);
    if (count > limits.entries) throw notXlsx();
    if (offset + size > fileSize || size > count * (46 + 3 * 65535)) throw notXlsx();
    const directory = Buffer.alloc(size);
    await readFully(handle, directory, offset);
    const entries = new Map<string, ZipEntry>();
    let declared = 0;
    let at = 0;
    for (let i = 0; i < count; i += 1) {
      if (at + 46 > size || directory.readUInt32LE(at) !== 0x02014b50) throw notXlsx();
      const flags = directory.readUInt16LE(at + 8);
      const method = directory.readUInt16LE(at + 10);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      const name = directory.toString("utf8", at + 46, at + 46 + nameLength);
      const entry = zip64Sizes(
        {
          name,
          method,
          compressedSize: directory.readUInt32LE(at + 20),
          size: directory.readUInt32LE(at + 24),
          localHeaderOffset: directory.readUInt32LE(at + 42),
        },
        directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength),
      );
      at += 46 + nameLength + extraLength + commentLength;
      if (flags & 0x1)
        throw unreadableFile("The spreadsheet is password-protected: remove the password first");
      if (method !== 0 && method !== 8) throw notXlsx();
      if (entry.localHeaderOffset + entry.compressedSize > fileSize) throw notXlsx();
      if (entry.size > limits.entryBytes) throw tooLarge(`${Math.round(entry.size / MIB)} MB in one part`);
      if (
        entry.size > limits.ratioGraceBytes &&
        entry.size > limits.ratio * Math.max(1, entry.compressedSize)
      )
        throw tooLarge(`packed more than ${limits.ratio}:1`);
      declared += entry.size;
      entries.set(name.toLowerCase(), entry);
    }
    if (declared > limits.totalBytes) throw tooLarge(`${Math.round(declared / MIB)} MB in all`);
    return { path, entries, limits };
  } finally {
    await handle.close();
  }
}

async function readFully(handle: FileHandle, buffer: Buffer, position: number): Promise<void> {
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
  if (bytesRead !== buffer.length) throw notXlsx();
}

/** The end-of-central-directory record (ZIP64 when the classic one is saturated). */
async function readEndOfDirectory(handle: FileHandle, fileSize: number) {
  const tailSize = Math.min(fileSize, 22 + 65535);
  if (tailSize < 22) throw notXlsx();
  const tail = Buffer.alloc(tailSize);
  await readFully(handle, tail, fileSize - tailSize);
  let at = -1;
  for (let i = tailSize - 22; i >= 0; i -= 1) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      at = i;
      break;
    }
  }
  if (at < 0) throw notXlsx();
  let count = tail.readUInt16LE(at + 10);
  let size = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locatorAt = fileSize - tailSize + at - 20;
    if (locatorAt < 0) throw notXlsx();
    const locator = Buffer.alloc(20);
    await readFully(handle, locator, locatorAt);
    if (locator.readUInt32LE(0) !== 0x07064b50) throw notXlsx();
    const record = Buffer.alloc(56);
    const recordAt = Number(locator.readBigUInt64LE(8));
    if (recordAt + 56 > fileSize) throw notXlsx();
    await readFully(handle, record, recordAt);
    if (record.readUInt32LE(0) !== 0x06064b50) throw notXlsx();
    count = safeNumber(record.readBigUInt64LE(32));
    size = safeNumber(record.readBigUInt64LE(40));
    offset = safeNumber(record.readBigUInt64LE(48));
  }
  return { count, size, offset };
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw notXlsx();
  return Number(value);
}

/** Sizes and offset saturated at 0xFFFFFFFF are in the ZIP64 extra field, in this order. */
function zip64Sizes(entry: ZipEntry, extra: Buffer): ZipEntry {
  const wanted = (["size", "compressedSize", "localHeaderOffset"] as const).filter(
    (key) => entry[key] === 0xffffffff,
  );
  if (wanted.length === 0) return entry;
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      const result = { ...entry };
      wanted.forEach((key, i) => {
        if (at + 4 + 8 * (i + 1) > extra.length) throw notXlsx();
        result[key] = safeNumber(extra.readBigUInt64LE(at + 4 + 8 * i));
      });
      return result;
    }
    at += 4 + length;
  }
  throw notXlsx();
}

/** The entry at `name` (case-insensitive), or undefined. */
export const findEntry = (zip: ZipDirectory, name: string): ZipEntry | undefined =>
  zip.entries.get(name.replace(/^\//, "").toLowerCase());

/**
 * The inflated bytes of an entry as a stream of chunks. Throws (and stops inflating at once) when
 * the entry passes its declared size, the per-entry cap, the compression-ratio cap, or the file's
 * total cap shared through `budget`.
 */
export async function* inflateEntry(
  zip: ZipDirectory,
  entry: ZipEntry,
  budget: InflateBudget,
  maxBytes = zip.limits.entryBytes,
): AsyncGenerator<Buffer> {
  const { limits } = zip;
  const dataStart = await localDataStart(zip.path, entry);
  if (entry.compressedSize === 0) return;
  const raw = createReadStream(zip.path, {
    start: dataStart,
    end: dataStart + entry.compressedSize - 1,
    highWaterMark: 64 * 1024,
  });
  const inflate = entry.method === 8 ? createInflateRaw({ chunkSize: 64 * 1024 }) : undefined;
  const source = inflate ? raw.pipe(inflate) : raw;
  raw.on("error", (error) => inflate?.destroy(error));
  let inflated = 0;
  let counted = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      budget.inflated += chunk.length;
      budget.compressedRead += raw.bytesRead - counted;
      counted = raw.bytesRead;
      if (inflated > entry.size)
        throw unreadableFile("The spreadsheet is damaged: a part is larger than it says");
      if (inflated > maxBytes) throw tooLarge(`more than ${Math.round(maxBytes / MIB)} MB in one part`);
      if (budget.inflated > limits.totalBytes)
        throw tooLarge(`more than ${Math.round(limits.totalBytes / MIB)} MB in all`);
      if (inflated > limits.ratioGraceBytes && inflated > limits.ratio * Math.max(1, entry.compressedSize))
        throw tooLarge(`packed more than ${limits.ratio}:1`);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadableFile("The spreadsheet is damaged: a part cannot be unpacked");
  } finally {
    raw.destroy();
    inflate?.destroy();
  }
  if (inflated !== entry.size)
    throw unreadableFile("The spreadsheet is damaged: a part is shorter than it says");
}

async function localDataStart(path: string, entry: ZipEntry): Promise<number> {
  const handle = await open(path, "r");
  try {
    const header = Buffer.alloc(30);
    await readFully(handle, header, entry.localHeaderOffset);
    if (header.readUInt32LE(0) !== 0x04034b50) throw notXlsx();
    return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await handle.close();
  }
}
