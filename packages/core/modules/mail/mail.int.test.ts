import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { AppError } from "../../platform/errors";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { listDevMails } from "./list-dev-mails";
import { sendMail } from "./send-mail";
import { devMails } from "./tables";

// No job queue is started in this file, so sendMail delivers inline.
const db = useTestDatabase();

const mailsBySubject = (subject: string) =>
  db.handle.db.select().from(devMails).where(eq(devMails.subject, subject));
const unique = (s: string) => `${s} ${crypto.randomUUID()}`;

describe("sendMail without a running job queue", () => {
  it("delivers into the dev mailbox of exactly the recipient's orgs", async () => {
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
    });

    const rows = await mailsBySubject(subject);
    expect(rows.map((r) => r.orgId).sort()).toEqual([a.orgId, c.orgId].sort());
    for (const row of rows) {
      expect(row).toMatchObject({
        toEmail: a.email.toUpperCase(),
        text: "Hi there",
        link: "https://example.test/welcome",
      });
    }

    const seenByA = await listDevMails(a.ctx);
    expect(seenByA.filter((m) => m.subject === subject)).toHaveLength(1);
    expect(seenByA.every((m) => m.orgId === a.orgId)).toBe(true);
    expect((await listDevMails(c.ctx)).filter((m) => m.subject === subject)).toHaveLength(1);
    expect((await listDevMails(b.ctx)).filter((m) => m.subject === subject)).toEqual([]);
  });

  it("adds the org it was sent from, once, even when the recipient is not a member yet", async () => {
    const a = await createTestOrg("A");
    const b = await createTestOrg("B");
    const invitee = `invitee-${crypto.randomUUID()}@example.test`;
    const subject = unique("Invitation");

    await sendMail({ to: invitee, subject, text: "Join us", orgId: a.orgId });
    expect((await mailsBySubject(subject)).map((r) => r.orgId)).toEqual([a.orgId]);

    // orgId of an org the recipient is already in: still one row for it.
    const again = unique("Reminder");
    await sendMail({ to: a.email, subject: again, text: "Still here", orgId: a.orgId });
    expect((await mailsBySubject(again)).map((r) => r.orgId)).toEqual([a.orgId]);

    expect((await listDevMails(b.ctx)).some((m) => m.subject === subject || m.subject === again)).toBe(false);
  });

  it("stores nothing for a stranger with no org", async () => {
    const subject = unique("Lost");
    await sendMail({ to: `nobody-${crypto.randomUUID()}@example.test`, subject, text: "?" });
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
