import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { AppError } from "../../platform/errors";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { authenticateApiKey } from "./authenticate-api-key";
import { createApiKey } from "./create-api-key";
import { generateApiKey, hashApiKey, KEY_PREFIX } from "./key-format";
import { listApiKeys } from "./list-api-keys";
import { revokeApiKey } from "./revoke-api-key";
import { apiKeys } from "./tables";

const db = useTestDatabase();

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e,
  );

async function keyRow(id: string) {
  const [row] = await db.handle.db.select().from(apiKeys).where(eq(apiKeys.id, id));
  return row;
}

/** Every row of the table as JSON text, to search for a value in any column. */
async function dumpTable(table: string): Promise<string> {
  const { rows } = await db.handle.executeSql(`select row_to_json(t)::text as r from ${table} t`, []);
  return rows.map((row) => String(row.r)).join("\n");
}

describe("createApiKey", () => {
  it("returns the plain key once and stores only its sha256 hash", async () => {
    const org = await createTestOrg("Keys");
    const created = await createApiKey(org.ctx, { name: "  Zapier  ", role: "rep" });

    expect(created.key.startsWith(KEY_PREFIX)).toBe(true);
    const row = await keyRow(created.id);
    expect(row).toMatchObject({
      orgId: org.orgId,
      name: "Zapier",
      role: "rep",
      prefix: created.key.slice(0, KEY_PREFIX.length + 6),
      keyHash: hashApiKey(created.key),
      createdBy: org.userId,
      lastUsedAt: null,
      revokedAt: null,
    });
    // The secret part of the key is in no column of api_keys, nor in the audit entry.
    const secret = created.key.slice(KEY_PREFIX.length + 6);
    const keysDump = await dumpTable("api_keys");
    expect(keysDump).toContain(created.id);
    expect(keysDump).not.toContain(secret);
    expect(await dumpTable("audit_log")).not.toContain(secret);
    // Later reads never give it back.
    const listed = await listApiKeys(org.ctx);
    expect(listed.map((k) => k.id)).toEqual([created.id]);
    expect(JSON.stringify(listed)).not.toContain(secret);
  });

  it.each(["manager", "rep", "readonly"] as const)(
    "refuses a %s with forbidden and stores nothing",
    async (role) => {
      const org = await createTestOrg("Keys");
      const member = await addTestMember(org.orgId, role);
      const error = await errorOf(createApiKey(member.ctx, { name: "sneaky", role: "admin" }));
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("forbidden");
      const rows = await db.handle.db.select().from(apiKeys).where(eq(apiKeys.orgId, org.orgId));
      expect(rows).toEqual([]);
    },
  );
});

describe("authenticateApiKey", () => {
  it("resolves a valid key to its org, role and key id, and records the use", async () => {
    const org = await createTestOrg("Auth");
    const created = await createApiKey(org.ctx, { name: "ci", role: "manager" });
    expect((await keyRow(created.id))?.lastUsedAt).toBeNull();

    const before = Date.now();
    const ctx = await authenticateApiKey(created.key);
    expect(ctx).toEqual({ orgId: org.orgId, userId: org.userId, role: "manager", apiKeyId: created.id });
    // Written beside the request, not before it.
    const lastUsedAt = await vi.waitFor(async () => {
      const value = (await keyRow(created.id))?.lastUsedAt;
      expect(value).toBeInstanceOf(Date);
      return value as Date;
    });
    expect(Math.abs(lastUsedAt.getTime() - before)).toBeLessThan(60_000);
  });

  it("trusts a resolved key for a few seconds without reading it again", async () => {
    const org = await createTestOrg("Auth");
    const created = await createApiKey(org.ctx, { name: "ci", role: "manager" });
    expect((await authenticateApiKey(created.key))?.role).toBe("manager");
    // A change behind the service's back is only seen after API_KEY_CACHE_MS.
    await db.handle.db.update(apiKeys).set({ role: "rep" }).where(eq(apiKeys.id, created.id));
    expect((await authenticateApiKey(created.key))?.role).toBe("manager");
    // Revoking through the service takes effect at once.
    await revokeApiKey(org.ctx, created.id);
    expect(await authenticateApiKey(created.key)).toBeNull();
  });

  it("returns null for a wrong, malformed or revoked key", async () => {
    const org = await createTestOrg("Auth");
    const created = await createApiKey(org.ctx, { name: "ci", role: "rep" });

    expect(await authenticateApiKey(generateApiKey().key)).toBeNull();
    expect(await authenticateApiKey(`${created.key}x`)).toBeNull();
    expect(await authenticateApiKey(created.key.slice(KEY_PREFIX.length))).toBeNull();
    expect(await authenticateApiKey("")).toBeNull();
    // A failed attempt does not count as a use.
    expect((await keyRow(created.id))?.lastUsedAt).toBeNull();

    expect(await authenticateApiKey(created.key)).not.toBeNull();
    const revoked = await revokeApiKey(org.ctx, created.id);
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect((await keyRow(created.id))?.revokedAt).toBeInstanceOf(Date);
    expect(await authenticateApiKey(created.key)).toBeNull();
  });
});

describe("revokeApiKey", () => {
  it("answers not_found for another org's key and leaves it active", async () => {
    const a = await createTestOrg("A");
    const b = await createTestOrg("B");
    const aKey = await createApiKey(a.ctx, { name: "a-key", role: "rep" });

    const error = await errorOf(revokeApiKey(b.ctx, aKey.id));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("not_found");
    expect((await keyRow(aKey.id))?.revokedAt).toBeNull();
    expect((await authenticateApiKey(aKey.key))?.orgId).toBe(a.orgId);
  });

  it("answers not_found when revoking twice, keeping the first revocation time", async () => {
    const org = await createTestOrg("Twice");
    const key = await createApiKey(org.ctx, { name: "k", role: "rep" });
    const first = await revokeApiKey(org.ctx, key.id);
    const error = await errorOf(revokeApiKey(org.ctx, key.id));
    expect((error as AppError).code).toBe("not_found");
    expect((await keyRow(key.id))?.revokedAt?.getTime()).toBe(first.revokedAt?.getTime());
  });
});
