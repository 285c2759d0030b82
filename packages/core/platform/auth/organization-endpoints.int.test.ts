import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../modules/audit/tables";
import { devMails } from "../../modules/mail/tables";
import { members } from "../../modules/orgs/tables";
import { createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { getAuth } from "./auth";

const db = useTestDatabase();

/** Signs in through better-auth and returns request headers carrying the session cookie. */
async function sessionHeaders(email: string, password: string): Promise<Headers> {
  const auth = await getAuth();
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return new Headers({ cookie });
}

describe("organization endpoints (better-auth) with our roles and audit", () => {
  it("an admin invites; the invitation is mailed to the dev mailbox and audited", async () => {
    const org = await createTestOrg("Invite");
    const auth = await getAuth();
    const headers = await sessionHeaders(org.email, org.password);
    const invitation = await auth.api.createInvitation({
      headers,
      body: { email: "new.rep@example.test", role: "rep", organizationId: org.orgId },
    });
    expect(invitation.role).toBe("rep");
    const mails = await db.handle.db.select().from(devMails).where(eq(devMails.orgId, org.orgId));
    expect(mails.map((m) => m.toEmail)).toEqual(["new.rep@example.test"]);
    expect(mails[0]?.link).toContain(`/invite/${invitation.id}`);
    const audit = await db.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.orgId), eq(auditLog.action, "invitation.create")));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorUserId).toBe(org.userId);
    expect(audit[0]?.entityId).toBe(invitation.id);
  });

  it("an admin cannot demote or remove the last admin", async () => {
    const org = await createTestOrg("LastAdmin");
    const auth = await getAuth();
    const headers = await sessionHeaders(org.email, org.password);
    const [self] = await db.handle.db.select().from(members).where(eq(members.userId, org.userId));
    if (!self) throw new Error("admin membership missing");
    await expect(
      auth.api.updateMemberRole({
        headers,
        body: { memberId: self.id, role: "rep", organizationId: org.orgId },
      }),
    ).rejects.toThrow();
    await expect(
      auth.api.removeMember({ headers, body: { memberIdOrEmail: self.id, organizationId: org.orgId } }),
    ).rejects.toThrow();
    const [after] = await db.handle.db.select().from(members).where(eq(members.id, self.id));
    expect(after?.role).toBe("admin");
  });

  it("a rep may not invite members", async () => {
    const org = await createTestOrg("RepInvite");
    const auth = await getAuth();
    const adminHeaders = await sessionHeaders(org.email, org.password);
    const invitation = await auth.api.createInvitation({
      headers: adminHeaders,
      body: { email: "rep.user@example.test", role: "rep", organizationId: org.orgId },
    });
    const { acceptInvitationAsNewUser } = await import("../../modules/orgs/accept-invitation-as-new-user");
    await acceptInvitationAsNewUser({ invitationId: invitation.id, name: "Rep", password: "rep-password-1" });
    const repHeaders = await sessionHeaders("rep.user@example.test", "rep-password-1");
    await expect(
      auth.api.createInvitation({
        headers: repHeaders,
        body: { email: "someone@example.test", role: "admin", organizationId: org.orgId },
      }),
    ).rejects.toThrow();
    const orgMembers = await db.handle.db.select().from(members).where(eq(members.organizationId, org.orgId));
    expect(orgMembers.map((m) => m.role).sort()).toEqual(["admin", "rep"]);
  });
});
