import { createHash, randomBytes } from "node:crypto";

// Keys are 32 random bytes: a fast hash is enough at rest (no dictionary to attack), and it lets
// authentication look the key up by hash with an index.
export const KEY_PREFIX = "crm_";

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, prefix: key.slice(0, KEY_PREFIX.length + 6), hash: hashApiKey(key) };
}

export const hashApiKey = (key: string): string => createHash("sha256").update(key).digest("hex");
