import { describe, expect, it } from "vitest";
import { generateApiKey, hashApiKey, KEY_PREFIX } from "./key-format";

describe("API key format", () => {
  it("generates crm_-prefixed base64url keys with a 6-character visible prefix", () => {
    const { key, prefix } = generateApiKey();
    expect(KEY_PREFIX).toBe("crm_");
    expect(key).toMatch(/^crm_[A-Za-z0-9_-]{43}$/); // 32 random bytes in base64url
    expect(prefix).toBe(key.slice(0, 10));
    expect(prefix).toMatch(/^crm_[A-Za-z0-9_-]{6}$/);
  });

  it("stores the sha256 hex digest of the whole key", () => {
    // Known SHA-256 test vector.
    expect(hashApiKey("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const { key, hash } = generateApiKey();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashApiKey(key));
    expect(hashApiKey(key)).toBe(hashApiKey(key));
    expect(hash).not.toContain(key.slice(KEY_PREFIX.length));
  });

  it("never generates the same key twice", () => {
    const keys = Array.from({ length: 50 }, () => generateApiKey());
    expect(new Set(keys.map((k) => k.key)).size).toBe(50);
    expect(new Set(keys.map((k) => k.hash)).size).toBe(50);
  });
});
