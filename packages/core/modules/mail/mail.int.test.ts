import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { getAuth } from "../../platform/auth/auth";
import { AppError } from "../../platform/errors";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { verifications } from "../auth/tables";
import { listDevMails } from "./list-dev-mails";
import { sendMail } from "./send-mail";
import { devMails } from "./tables";

// No job queue is started in this file, so sendMail delivers inline.
const db = useTestDatabase();

const mailsBySubject = (subject: string) =>
  db.handle.db.select().from(devMails).where(eq(devMails.subject, subject));
const unique = (s: string) => `${s} ${crypto.randomUUID()}`;

describe("sendMail without a running job queue", () => {
  // Regression: every mail, reset links included, was copied into the dev mailbox of every org the
  // recipient belonged to, so an admin of any of them could reset a co-member's password and sign
  // in as them. A reset link is for its recipient only: with no mail transport it goes to the log.
  it("never puts a password-reset link into any dev mailbox", async () => {
    const a = await createTestOrg("A");
    const b = await createTestOrg("B");
    await addTestMember(b.orgId, "rep", { userId: a.userId }); // A's admin is also in B
    const auth = await getAuth();
    await auth.api.requestPasswordReset({ body: { email: a.email, redirectTo: "/reset-password" } });

    const rows = await db.handle.db.select().from(devMails).where(eq(devMails.toEmail, a.email));
    expect(rows).toEqual([]);
    expect((await listDevMails(a.ctx)).filter((m) => m.toEmail === a.email)).toEqual([]);
    expect((await listDevMails(b.ctx)).filter((m) => m.toEmail === a.email)).toEqual([]);
    // The request itself was real: better-auth stored a reset token for the user.
    const tokens = await db.handle.db.select().from(verifications);
    expect(tokens.some((t) => t.value === a.userId)).toBe(true);
  });

  it("keeps a recipient-only mail out of the mailbox even when an org is named", async () => {
    const a = await createTestOrg("A");
    const subject = unique("Sign-in link");
    await sendMail({
      to: a.email,
      subject,
      text: "Open it",
      link: "https://example.test/magic",
      orgId: a.orgId,
      recipientOnly: true,
    });
    expect(await mailsBySubject(subject)).toEqual([]);
  });

  it("delivers into the dev mailbox of the sending org only, not the recipient's other orgs", async () => {
    const a = await createTestOrg("A");
    const b = await createTestOrg("B");
    const c = await createTestOrg("C");
    await addTestMember(c.orgId, "rep", { userId: a.userId }); // A's admin is also in C, not in B
    const subject = unique("Welcome");

    await sendMail({
      to: a.email.toUpperCase(),
      subject,
      text: "Hi there",
      link: "https://example.test/welcome",
      orgId: c.orgId,
    });

    const rows = await mailsBySubject(subject);
    expect(rows.map((r) => r.orgId)).toEqual([c.orgId]);
    expect(rows[0]).toMatchObject({
      toEmail: a.email.toUpperCase(),
      text: "Hi there",
      link: "https://example.test/welcome",
    });
    expect((await listDevMails(c.ctx)).filter((m) => m.subject === subject)).toHaveLength(1);
    expect((await listDevMails(a.ctx)).filter((m) => m.subject === subject)).toEqual([]);
    expect((await listDevMails(b.ctx)).filter((m) => m.subject === subject)).toEqual([]);
  });

  it("keeps an invitation in the inviting org's mailbox even when the recipient is not a member yet", async () => {
    const a = await createTestOrg("A");
    const b = await createTestOrg("B");
    const invitee = `invitee-${crypto.randomUUID()}@example.test`;
    const subject = unique("Invitation");

    await sendMail({ to: invitee, subject, text: "Join us", orgId: a.orgId });
    expect((await mailsBySubject(subject)).map((r) => r.orgId)).toEqual([a.orgId]);
    expect((await listDevMails(b.ctx)).some((m) => m.subject === subject)).toBe(false);
  });

  it("stores nothing for a mail no org sent", async () => {
    const a = await createTestOrg("A");
    const subject = unique("Lost");
    await sendMail({ to: a.email, subject, text: "?" });
    expect(await mailsBySubject(subject)).toEqual([]);
  });

  it("rejects a malformed mail before delivering", async () => {
    const subject = unique("Bad");
    await expect(sendMail({ to: "not-an-email", subject, text: "x" })).rejects.toBeInstanceOf(ZodError);
    expect(await mailsBySubject(subject)).toEqual([]);
  });

  it("shows the dev mailbox only to admins", async () => {
    const a = await createTestOrg("A");
    const rep = await addTestMember(a.orgId, "rep");
    const error = await listDevMails(rep.ctx).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("forbidden");
  });
});
