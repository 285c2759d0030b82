import { existsSync, mkdirSync, renameSync } from "node:fs";
import path from "node:path";
import { env } from "../env";
import { logger } from "../logger";
import { LocalDiskStorage } from "./local-disk-storage";
import type { ObjectStorage } from "./storage";

let storage: ObjectStorage | undefined;

/** Stored files live in DATA_DIR/files (every process of one deployment needs the same DATA_DIR). */
export const storageRoot = (): string => path.join(env.dataDir, "files");

/**
 * Import uploads used to live in DATA_DIR/imports; their database rows name them by the same
 * relative path, which is now their key. Moved once, in one rename, so queued imports keep their file.
 */
function moveLegacyImports(root: string): void {
  const legacy = path.join(env.dataDir, "imports");
  const target = path.join(root, "imports");
  if (!existsSync(legacy) || existsSync(target)) return;
  try {
    mkdirSync(root, { recursive: true });
    renameSync(legacy, target);
    logger.info({ from: legacy, to: target }, "moved import uploads into the file store");
  } catch (error) {
    // Another process moved it first.
    if (!existsSync(target)) throw error;
  }
}

/** The deployment's file store: local disk under the data directory. */
export function getStorage(): ObjectStorage {
  if (!storage) {
    const root = storageRoot();
    moveLegacyImports(root);
    storage = new LocalDiskStorage(root);
  }
  return storage;
}
