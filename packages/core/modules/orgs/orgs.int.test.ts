import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { AppError } from "../../platform/errors";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { auditLog } from "../audit/tables";
import { users } from "../auth/tables";
import { createOrgWithAdmin } from "./create-org-with-admin";
import { getMembership } from "./get-membership";
import { getOrgSettings } from "./get-org-settings";
import { listMembers } from "./list-members";
import { members, organizations, orgSettings } from "./tables";
import { updateOrgSettings } from "./update-org-settings";

const db = useTestDatabase();

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e,
  );

async function orgRow(orgId: string) {
  const [org] = await db.handle.db.select().from(organizations).where(eq(organizations.id, orgId));
  const [settings] = await db.handle.db.select().from(orgSettings).where(eq(orgSettings.orgId, orgId));
  return { org, settings };
}

const updateAudits = (orgId: string) =>
  db.handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, "org.update")));

describe("createOrgWithAdmin", () => {
  it("creates the org, its settings and an admin membership", async () => {
    const { orgId, userId } = await createOrgWithAdmin({
      orgName: "Ünïcorn Labs",
      name: "Ada",
      email: "  Ada.Admin@Example.TEST ",
      password: "long-enough-password",
      defaultCurrency: "eur",
      timeZone: "Europe/Berlin",
    });
    const { org, settings } = await orgRow(orgId);
    expect(org).toMatchObject({
      name: "Ünïcorn Labs",
      slug: expect.stringMatching(/^unicorn-labs-[0-9a-f]{6}$/),
    });
    expect(settings).toMatchObject({ defaultCurrency: "EUR", timeZone: "Europe/Berlin" });
    const [user] = await db.handle.db.select().from(users).where(eq(users.id, userId));
    expect(user?.email).toBe("ada.admin@example.test");
    expect(await getMembership(userId, { id: orgId })).toMatchObject({ role: "admin", org: { id: orgId } });
  });

  it("rejects a duplicate email, in any case, with conflict and a field error", async () => {
    const existing = await createTestOrg("First");
    const usersBefore = await db.handle.db.select().from(users);
    const error = await errorOf(
      createOrgWithAdmin({
        orgName: "Second",
        name: "Eve",
        email: existing.email.toUpperCase(),
        password: "another-password",
      }),
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("conflict");
    expect((error as AppError).fieldErrors?.email?.length).toBeGreaterThan(0);
    // Nothing of the second org was written.
    expect(await db.handle.db.select().from(users)).toHaveLength(usersBefore.length);
    expect(await db.handle.db.select().from(organizations).where(eq(organizations.name, "Second"))).toEqual(
      [],
    );
  });
});

describe("getMembership", () => {
  it("is null for an org the user does not belong to, by id and by slug", async () => {
    const a = await createTestOrg("A");
    const b = await createTestOrg("B");
    const { org: orgA } = await orgRow(a.orgId);
    const { org: orgB } = await orgRow(b.orgId);
    if (!orgA || !orgB) throw new Error("orgs missing");

    expect(await getMembership(b.userId, { id: a.orgId })).toBeNull();
    expect(await getMembership(b.userId, { slug: orgA.slug })).toBeNull();
    // The same lookups for B's own org do find it, so null above means "not a member".
    expect(await getMembership(b.userId, { id: b.orgId })).toEqual({
      role: "admin",
      org: { id: b.orgId, name: orgB.name, slug: orgB.slug },
    });
    expect((await getMembership(b.userId, { slug: orgB.slug }))?.org.id).toBe(b.orgId);
  });

  it("reports the member's own role", async () => {
    const a = await createTestOrg("A");
    const rep = await addTestMember(a.orgId, "rep");
    expect((await getMembership(rep.userId, { id: a.orgId }))?.role).toBe("rep");
  });
});

describe("updateOrgSettings", () => {
  it("as admin writes the settings, renames the org and audits before and after", async () => {
    const a = await createTestOrg("Acme");
    const { org: before } = await orgRow(a.orgId);

    const result = await updateOrgSettings(a.ctx, {
      name: "  Acme Europe  ",
      defaultCurrency: "eur",
      timeZone: "Europe/Paris",
    });
    expect(result).toMatchObject({ orgId: a.orgId, defaultCurrency: "EUR", timeZone: "Europe/Paris" });

    const { org, settings } = await orgRow(a.orgId);
    expect(org?.name).toBe("Acme Europe");
    expect(org?.slug).toBe(before?.slug);
    expect(settings).toMatchObject({ defaultCurrency: "EUR", timeZone: "Europe/Paris" });
    expect(await getOrgSettings(a.ctx)).toMatchObject({ defaultCurrency: "EUR", timeZone: "Europe/Paris" });

    const audits = await updateAudits(a.orgId);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorUserId: a.userId,
      entityType: "organization",
      entityId: a.orgId,
      before: { name: before?.name, defaultCurrency: "USD", timeZone: "UTC" },
      after: { name: "Acme Europe", defaultCurrency: "EUR", timeZone: "Europe/Paris" },
    });
  });

  it.each(["manager", "rep", "readonly"] as const)(
    "as %s throws forbidden and changes nothing",
    async (role) => {
      const a = await createTestOrg("Locked");
      const member = await addTestMember(a.orgId, role);
      const before = await orgRow(a.orgId);

      const error = await errorOf(
        updateOrgSettings(member.ctx, { name: "Hijacked", defaultCurrency: "JPY", timeZone: "Asia/Tokyo" }),
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("forbidden");
      expect(await orgRow(a.orgId)).toEqual(before);
      expect(await updateAudits(a.orgId)).toEqual([]);
    },
  );

  it("rejects an invalid currency with a ZodError on defaultCurrency, changing nothing", async () => {
    const a = await createTestOrg("Zod");
    const before = await orgRow(a.orgId);
    const error = await errorOf(
      updateOrgSettings(a.ctx, { name: "Renamed", defaultCurrency: "EURO", timeZone: "UTC" }),
    );
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((i) => i.path)).toEqual([["defaultCurrency"]]);
    const tz = await errorOf(
      updateOrgSettings(a.ctx, { name: "Renamed", defaultCurrency: "EUR", timeZone: "Mars/Olympus" }),
    );
    expect((tz as ZodError).issues.map((i) => i.path)).toEqual([["timeZone"]]);
    expect(await orgRow(a.orgId)).toEqual(before);
    expect(await updateAudits(a.orgId)).toEqual([]);
  });

  it("touches only the caller's org", async () => {
    const a = await createTestOrg("A");
    const b = await createTestOrg("B");
    const bBefore = await orgRow(b.orgId);
    await updateOrgSettings(a.ctx, { name: "A renamed", defaultCurrency: "CHF", timeZone: "Europe/Zurich" });
    expect(await orgRow(b.orgId)).toEqual(bBefore);
    expect(await updateAudits(b.orgId)).toEqual([]);
  });
});

describe("listMembers", () => {
  it("lists only the org's own members", async () => {
    const a = await createTestOrg("A");
    const b = await createTestOrg("B");
    const rep = await addTestMember(a.orgId, "rep");
    await addTestMember(b.orgId, "manager");
    // A user in both orgs appears in each list with that org's role.
    await addTestMember(b.orgId, "readonly", { userId: rep.userId });

    const listA = await listMembers(a.ctx);
    expect(
      listA.map((m) => ({ userId: m.userId, role: m.role })).sort((x, y) => x.role.localeCompare(y.role)),
    ).toEqual([
      { userId: a.userId, role: "admin" },
      { userId: rep.userId, role: "rep" },
    ]);
    const listB = await listMembers(b.ctx);
    expect(listB).toHaveLength(3);
    expect(listB.find((m) => m.userId === rep.userId)?.role).toBe("readonly");
    expect(listB.some((m) => m.userId === a.userId)).toBe(false);
    // Every listed row really is a membership of that org.
    const rowsA = await db.handle.db.select().from(members).where(eq(members.organizationId, a.orgId));
    expect(listA.map((m) => m.memberId).sort()).toEqual(rowsA.map((m) => m.id).sort());
  });
});
