import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getAuth } from "../../platform/auth/auth";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { auditLog } from "../audit/tables";
import { users } from "../auth/tables";
import { members } from "../orgs/tables";
import { authenticateApiKey } from "./authenticate-api-key";
import { createApiKey } from "./create-api-key";
import { apiKeys } from "./tables";

// Regression: after a member was removed (or demoted), the keys they had made kept answering with
// the org's data, with the key's original role. CLI-made keys (no creator) are actors of their own.
const db = useTestDatabase();

async function sessionHeaders(email: string, password: string): Promise<Headers> {
  const auth = await getAuth();
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return new Headers({ cookie });
}

const keyRow = async (id: string) => (await db.handle.db.select().from(apiKeys).where(eq(apiKeys.id, id)))[0];

/** An org, a second admin (who makes keys) and a key made by the CLI. */
async function orgWithKeyMaker() {
  const org = await createTestOrg("MemberKeys");
  const maker = await addTestMember(org.orgId, "admin");
  const cliKey = await createApiKey(
    { orgId: org.orgId, userId: null, role: "admin" },
    { name: "cli", role: "admin" },
  );
  return { org, maker, cliKey };
}

describe("keys made by a member follow the member", () => {
  it("removing the member revokes their keys at once (even a cached one); CLI keys keep working", async () => {
    const { org, maker, cliKey } = await orgWithKeyMaker();
    const made = await createApiKey(maker.ctx, { name: "zapier", role: "rep" });
    expect(await authenticateApiKey(made.key)).toMatchObject({ userId: maker.userId, role: "rep" }); // now cached

    const auth = await getAuth();
    await auth.api.removeMember({
      headers: await sessionHeaders(org.email, org.password),
      body: { memberIdOrEmail: maker.email ?? "", organizationId: org.orgId },
    });

    expect(await authenticateApiKey(made.key)).toBeNull();
    expect((await keyRow(made.id))?.revokedAt).toBeInstanceOf(Date);
    const audit = await db.handle.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.orgId, org.orgId),
          eq(auditLog.entityId, made.id),
          eq(auditLog.action, "apiKey.revoke"),
        ),
      );
    expect(audit).toHaveLength(1);
    expect(await authenticateApiKey(cliKey.key)).toMatchObject({
      userId: null,
      role: "admin",
      apiKeyId: cliKey.id,
    });
  });

  it("demoting the member narrows their keys above the new role to it, at once", async () => {
    const { org, maker, cliKey } = await orgWithKeyMaker();
    const adminKey = await createApiKey(maker.ctx, { name: "admin key", role: "admin" });
    const repKey = await createApiKey(maker.ctx, { name: "rep key", role: "rep" });
    expect(await authenticateApiKey(adminKey.key)).toMatchObject({ role: "admin" }); // now cached
    const [membership] = await db.handle.db
      .select()
      .from(members)
      .where(and(eq(members.organizationId, org.orgId), eq(members.userId, maker.userId)));

    const auth = await getAuth();
    await auth.api.updateMemberRole({
      headers: await sessionHeaders(org.email, org.password),
      body: { memberId: membership?.id ?? "", role: "manager", organizationId: org.orgId },
    });

    expect((await keyRow(adminKey.id))?.role).toBe("manager");
    expect(await authenticateApiKey(adminKey.key)).toMatchObject({ role: "manager", apiKeyId: adminKey.id });
    expect((await keyRow(repKey.id))?.role).toBe("rep");
    expect(await authenticateApiKey(repKey.key)).toMatchObject({ role: "rep" });
    expect((await keyRow(cliKey.id))?.role).toBe("admin");
  });

  it("a member who leaves takes their keys with them", async () => {
    const org = await createTestOrg("Leave");
    const other = await createTestOrg("Home"); // a user with a password, also made an admin of org
    await addTestMember(org.orgId, "admin", { userId: other.userId });
    const made = await createApiKey(
      { orgId: org.orgId, userId: other.userId, role: "admin" },
      { name: "mine", role: "manager" },
    );
    expect(await authenticateApiKey(made.key)).toMatchObject({ role: "manager" });

    const auth = await getAuth();
    await auth.api.leaveOrganization({
      headers: await sessionHeaders(other.email, other.password),
      body: { organizationId: org.orgId },
    });

    expect(await authenticateApiKey(made.key)).toBeNull();
    expect((await keyRow(made.id))?.revokedAt).toBeInstanceOf(Date);
  });

  it("deleting the user deletes their keys (they never become keys of their own)", async () => {
    const { maker, cliKey } = await orgWithKeyMaker();
    const made = await createApiKey(maker.ctx, { name: "orphan", role: "admin" });
    await db.handle.db.delete(users).where(eq(users.id, maker.userId));
    expect(await keyRow(made.id)).toBeUndefined();
    expect(await authenticateApiKey(made.key)).toBeNull();
    expect(await authenticateApiKey(cliKey.key)).toMatchObject({ userId: null, role: "admin" });
  });

  it("a key answers with no more than its creator's current role, however the membership changed", async () => {
    const { org, maker } = await orgWithKeyMaker();
    const made = await createApiKey(maker.ctx, { name: "direct", role: "admin" });
    // The membership changed behind better-auth's back (no hook ran, nothing cached).
    await db.handle.db
      .update(members)
      .set({ role: "rep" })
      .where(and(eq(members.organizationId, org.orgId), eq(members.userId, maker.userId)));
    expect(await authenticateApiKey(made.key)).toMatchObject({ role: "rep" });

    const gone = await createApiKey(maker.ctx, { name: "gone", role: "rep" });
    await db.handle.db
      .delete(members)
      .where(and(eq(members.organizationId, org.orgId), eq(members.userId, maker.userId)));
    expect(await authenticateApiKey(gone.key)).toBeNull();
  });
});
