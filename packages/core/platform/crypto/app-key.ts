import { randomBytes } from "node:crypto";
import { env } from "../env";
import { readOrCreateSecretFile } from "../secrets";
import { decryptSecret, type EncryptionKey, encryptSecret, keyFromSecret } from "./secret-box";

// The app's key for secrets at rest: ENCRYPTION_KEY when given; otherwise one generated on first
// start into DATA_DIR/encryption-key, like the auth secret. Lose it and stored credentials (mailbox
// passwords …) no longer open: back it up with the database; several processes on one PostgreSQL
// must all set the same ENCRYPTION_KEY.

let cached: { source: string; key: EncryptionKey } | undefined;

export function getEncryptionKey(): EncryptionKey {
  const source =
    env.ENCRYPTION_KEY ??
    readOrCreateSecretFile("encryption-key", () => randomBytes(32).toString("base64url"));
  if (cached?.source !== source) cached = { source, key: keyFromSecret(source) };
  return cached.key;
}

/** Seals a secret with the app's key; `aad` binds it to where it is stored (e.g. `mailbox:<id>:imap`). */
export const sealSecret = (plaintext: string, aad?: string): string =>
  encryptSecret(plaintext, getEncryptionKey(), aad);

/** Opens a secret sealed by sealSecret (the same `aad`); throws SecretDecryptError otherwise. */
export const openSecret = (sealed: string, aad?: string): string =>
  decryptSecret(sealed, [getEncryptionKey()], aad);
