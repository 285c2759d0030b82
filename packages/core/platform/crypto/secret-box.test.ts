import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  decodeKeyBytes,
  decryptSecret,
  encryptSecret,
  isSealed,
  keyFromSecret,
  SecretDecryptError,
} from "./secret-box";

const key = keyFromSecret(randomBytes(32).toString("base64"));
const otherKey = keyFromSecret(randomBytes(32).toString("hex"));

/** Replaces the character at `index` of a base64url text with another valid one. */
const flip = (text: string, index: number) =>
  `${text.slice(0, index)}${text[index] === "A" ? "B" : "A"}${text.slice(index + 1)}`;

const openError = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
};

describe("encryptSecret / decryptSecret", () => {
  it("round-trips text, empty and non-ASCII, behind a v1:<key id> prefix", () => {
    for (const plaintext of ["app-password-123", "", "Pässwörd 🔑 パスワード", "x".repeat(10_000)]) {
      const sealed = encryptSecret(plaintext, key);
      expect(sealed.startsWith(`v1:${key.id}:`)).toBe(true);
      expect(isSealed(sealed)).toBe(true);
      expect(sealed).not.toContain(plaintext || "\u0000");
      expect(decryptSecret(sealed, [key])).toBe(plaintext);
    }
  });

  it("seals the same text differently every time (fresh IV)", () => {
    const a = encryptSecret("same", key);
    const b = encryptSecret("same", key);
    expect(a).not.toBe(b);
    expect(decryptSecret(a, [key])).toBe(decryptSecret(b, [key]));
  });

  it("detects tampering with the data, the tag or the IV", () => {
    const sealed = encryptSecret("a mailbox password", key);
    const [format, id, iv, body] = sealed.split(":") as [string, string, string, string];
    const tampered = [
      [format, id, iv, flip(body, 0)], // first ciphertext byte
      [format, id, iv, flip(body, body.length - 3)], // inside the tag
      [format, id, flip(iv, 0), body],
      [format, id, iv, body.slice(0, -4)], // truncated
    ];
    for (const parts of tampered) {
      const error = openError(() => decryptSecret(parts.join(":"), [key]));
      expect(error).toBeInstanceOf(SecretDecryptError);
    }
  });

  it("refuses the wrong key, even when it claims the right key id", () => {
    const sealed = encryptSecret("secret", key);
    expect(openError(() => decryptSecret(sealed, [otherKey]))).toMatchObject({
      message: expect.stringMatching(`sealed with key ${key.id}, which is not configured`),
    });
    const impostor = { id: key.id, key: otherKey.key };
    expect(openError(() => decryptSecret(sealed, [impostor]))).toMatchObject({
      message: expect.stringMatching(/does not open/),
    });
  });

  it("opens with whichever configured key sealed it (rotation)", () => {
    const old = encryptSecret("sealed before rotation", otherKey);
    expect(decryptSecret(old, [key, otherKey])).toBe("sealed before rotation");
  });

  it("binds a value to its associated data: moved to another row it does not open", () => {
    const sealed = encryptSecret("pw", key, "mailbox:1:imap");
    expect(decryptSecret(sealed, [key], "mailbox:1:imap")).toBe("pw");
    expect(openError(() => decryptSecret(sealed, [key], "mailbox:2:imap"))).toBeInstanceOf(
      SecretDecryptError,
    );
    expect(openError(() => decryptSecret(sealed, [key]))).toBeInstanceOf(SecretDecryptError);
  });

  it("refuses what is not a sealed value", () => {
    for (const value of ["plain text", "v2:abc:def:ghi", "v1:only:three", ""]) {
      expect(openError(() => decryptSecret(value, [key]))).toBeInstanceOf(SecretDecryptError);
    }
  });
});

describe("keys", () => {
  it("reads 32 bytes as hex, base64 or base64url, and nothing else", () => {
    const bytes = randomBytes(32);
    for (const text of [bytes.toString("hex"), bytes.toString("base64"), bytes.toString("base64url")]) {
      expect(decodeKeyBytes(text)?.equals(bytes)).toBe(true);
    }
    expect(decodeKeyBytes(randomBytes(16).toString("hex"))).toBeNull();
    expect(decodeKeyBytes(randomBytes(31).toString("base64"))).toBeNull();
    expect(decodeKeyBytes("correct horse battery staple correct horse ba")).toBeNull();
    expect(() => keyFromSecret("too short")).toThrow(/32 bytes/);
  });

  it("derives the same id from the same key in any spelling, and never the key itself", () => {
    const bytes = randomBytes(32);
    const a = keyFromSecret(bytes.toString("hex"));
    const b = keyFromSecret(bytes.toString("base64"));
    expect(a.id).toBe(b.id);
    expect(a.id).toHaveLength(8);
    expect(bytes.toString("base64url")).not.toContain(a.id);
  });
});
