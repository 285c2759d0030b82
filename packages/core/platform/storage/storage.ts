import type { Readable } from "node:stream";
import { AppError } from "../errors";

// One interface for stored files (import uploads, email attachments, documents). The default keeps
// them on local disk under DATA_DIR/files; an S3-compatible store can take its place when web and
// worker run on several machines: keys are flat "a/b/c.ext" strings, objects are written whole
// (readers never see half a file), and nothing outside this interface touches the files' paths.

export type StoredObject = { size: number };

/** A local file holding an object's bytes, for readers that need random access (an XLSX is a ZIP). */
export type LocalCopy = { path: string; release: () => Promise<void> };

export interface ObjectStorage {
  /** Stores a stream under `key`, replacing what was there once the whole stream is in; a failed stream stores nothing. */
  put(key: string, body: Readable): Promise<StoredObject>;
  /** Moves a local file in (the file is gone afterwards): a rename on the same disk, an upload elsewhere. */
  putFile(key: string, localPath: string): Promise<StoredObject>;
  /** The object's bytes as a stream; a missing object is a not_found AppError. */
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  /** Removes an object; removing a missing one is no error. */
  delete(key: string): Promise<void>;
  /** Removes every object whose key starts with `prefix` (which ends with "/"). */
  deletePrefix(prefix: string): Promise<void>;
  /** A local file with the object's bytes until `release()`: the stored file itself on local disk, a download elsewhere. */
  localCopy(key: string): Promise<LocalCopy>;
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const MAX_KEY_LENGTH = 512;

/**
 * Keys are relative paths of safe segments: letters, digits, `.`, `_`, `-`, never starting with a
 * dot (so no `..`, no hidden files), no empty segment, no leading slash, no backslash — a key can
 * never name a file outside the store, whatever a caller builds it from.
 */
export function assertValidKey(key: string, options: { prefix?: boolean } = {}): void {
  const body = options.prefix && key.endsWith("/") ? key.slice(0, -1) : key;
  const valid =
    key.length > 0 &&
    key.length <= MAX_KEY_LENGTH &&
    body.split("/").every((segment) => SEGMENT.test(segment));
  if (!valid || (options.prefix && !key.endsWith("/"))) {
    throw new AppError("bad_request", `Invalid storage key: ${JSON.stringify(key.slice(0, 100))}`);
  }
}

export const storedObjectNotFound = (key: string): AppError =>
  new AppError("not_found", `The stored file ${key} does not exist`);
