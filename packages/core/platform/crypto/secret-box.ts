import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

// Secrets at rest (mailbox passwords, OAuth refresh tokens, webhook signing secrets): AES-256-GCM
// with a fresh 96-bit IV per value. A sealed value reads
//   v1:<key id>:<iv, base64url>:<ciphertext + 16-byte tag, base64url>
// `v1` is the format; the key id names the key that sealed it, so keys can be rotated (old values
// still open with the old key while new ones are sealed with the new). Optional associated data
// binds a value to where it is stored (e.g. "mailbox:<id>:imap"): copied into another row, it no
// longer opens.

const FORMAT = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type EncryptionKey = { id: string; key: Buffer };

/** A sealed value that does not open: tampered with, sealed with another key, or for other associated data. */
export class SecretDecryptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretDecryptError";
  }
}

/** The 32 key bytes of a secret written as 64 hex characters or as base64 / base64url; null otherwise. */
export function decodeKeyBytes(secret: string): Buffer | null {
  const text = secret.trim();
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, "hex");
  if (!/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(text)) return null;
  const bytes = Buffer.from(text.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  return bytes.length === 32 ? bytes : null;
}

/** A key from its written form; its id is derived from the key (never reveals it), so no one names it by hand. */
export function keyFromSecret(secret: string): EncryptionKey {
  const key = decodeKeyBytes(secret);
  if (!key)
    throw new Error(
      "An encryption key must be 32 bytes: 64 hex characters or base64 (openssl rand -base64 32)",
    );
  const id = createHash("sha256")
    .update("crm-encryption-key-id\0")
    .update(key)
    .digest("base64url")
    .slice(0, 8);
  return { id, key };
}

export const isSealed = (value: string): boolean =>
  value.startsWith(`${FORMAT}:`) && value.split(":").length === 4;

/** Seals a secret with `key`. Every call gives a different value (random IV). */
export function encryptSecret(plaintext: string, key: EncryptionKey, aad?: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key.key, iv, { authTagLength: TAG_BYTES });
  if (aad !== undefined) cipher.setAAD(Buffer.from(aad, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return [FORMAT, key.id, iv.toString("base64url"), body.toString("base64url")].join(":");
}

/** Opens a value sealed by encryptSecret with whichever of `keys` sealed it (same associated data). */
export function decryptSecret(sealed: string, keys: EncryptionKey[], aad?: string): string {
  const parts = sealed.split(":");
  const [format, keyId, ivText, bodyText] = parts;
  if (parts.length !== 4 || format !== FORMAT || !keyId || !ivText || !bodyText)
    throw new SecretDecryptError("This is not a sealed secret (v1:<key id>:<iv>:<data>)");
  const key = keys.find((k) => k.id === keyId);
  if (!key)
    throw new SecretDecryptError(
      `The secret was sealed with key ${keyId}, which is not configured (ENCRYPTION_KEY changed?)`,
    );
  const iv = Buffer.from(ivText, "base64url");
  const body = Buffer.from(bodyText, "base64url");
  if (iv.length !== IV_BYTES || body.length < TAG_BYTES)
    throw new SecretDecryptError("The sealed secret is damaged");
  const decipher = createDecipheriv("aes-256-gcm", key.key, iv, { authTagLength: TAG_BYTES });
  if (aad !== undefined) decipher.setAAD(Buffer.from(aad, "utf8"));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(body.subarray(0, body.length - TAG_BYTES)),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    // GCM's tag check failed: the value, its IV or its associated data is not what was sealed.
    throw new SecretDecryptError("The sealed secret does not open: it was altered or belongs elsewhere");
  }
}
