import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { copyFile, mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  assertValidKey,
  type LocalCopy,
  type ObjectStorage,
  type StoredObject,
  storedObjectNotFound,
} from "./storage";

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

/** Files under one root directory, one file per key (`a/b/c.csv` → `<root>/a/b/c.csv`). */
export class LocalDiskStorage implements ObjectStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The file of a key; a valid key always stays inside the root (checked twice). */
  private pathOf(key: string, options: { prefix?: boolean } = {}): string {
    assertValidKey(key, options);
    const file = path.resolve(this.root, key);
    if (!file.startsWith(this.root + path.sep)) throw new Error(`storage key escapes the root: ${key}`);
    return file;
  }

  /** A temporary name beside the target: written there, then renamed over it in one step. */
  private partialOf(file: string): string {
    return `${file}.${randomUUID()}.partial`;
  }

  async put(key: string, body: Readable): Promise<StoredObject> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    const partial = this.partialOf(file);
    try {
      await pipeline(body, createWriteStream(partial, { flags: "wx" }));
      await rename(partial, file);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { size: (await stat(file)).size };
  }

  async putFile(key: string, localPath: string): Promise<StoredObject> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    try {
      await rename(localPath, file);
    } catch (error) {
      // Another file system (a spool dir on tmpfs): copy beside the target, then rename.
      if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
      const partial = this.partialOf(file);
      try {
        await copyFile(localPath, partial);
        await rename(partial, file);
      } catch (copyError) {
        await rm(partial, { force: true });
        throw copyError;
      }
      await rm(localPath, { force: true });
    }
    return { size: (await stat(file)).size };
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    const stream = createReadStream(file);
    // Open before handing it out, so a missing file is a not_found here and not an error mid-stream.
    await new Promise<void>((resolve, reject) => {
      stream.once("open", () => resolve());
      stream.once("error", (error) => reject(isMissing(error) ? storedObjectNotFound(key) : error));
    });
    return stream;
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async deletePrefix(prefix: string): Promise<void> {
    await rm(this.pathOf(prefix, { prefix: true }), { recursive: true, force: true });
  }

  async localCopy(key: string): Promise<LocalCopy> {
    const file = this.pathOf(key);
    if (!(await this.exists(key))) throw storedObjectNotFound(key);
    return { path: file, release: async () => undefined };
  }
}
