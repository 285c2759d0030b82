import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { users } from "../auth/tables";
import { devMails } from "./tables";

// System mail through a real SMTP server on 127.0.0.1 (smtp-server, storing each raw message),
// sent by the real job queue (pg-boss on this file's database) and read back with mailparser.
const db = useTestDatabase();

type Received = { envelopeTo: string[]; raw: Buffer };
const received: Received[] = [];
/** The server answers this many messages with a temporary failure (451) before taking any. */
let failuresLeft = 0;
let attempts = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      attempts += 1;
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
        return;
      }
      received.push({
        envelopeTo: session.envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(chunks),
      });
      callback();
    });
  },
});

// The env module reads SMTP_URL once: the modules that send mail are loaded after it is set (the
// database, the job queue and the auth instance are per process, so they are the test's own).
let app: {
  getAuth: typeof import("../../platform/auth/auth").getAuth;
  startJobs: typeof import("../../platform/jobs").startJobs;
  stopJobs: typeof import("../../platform/jobs").stopJobs;
  jobHandlers: typeof import("../../platform/job-handlers").jobHandlers;
  sendMail: typeof import("./send-mail").sendMail;
  MAIL_JOB: string;
  sendDueReminders: typeof import("../tasks/send-due-reminders").sendDueReminders;
  createTask: typeof import("../tasks/create-task").createTask;
};

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${port}`);
  vi.stubEnv("MAIL_FROM", "Acme CRM <crm@acme.test>");
  vi.resetModules();
  const auth = await import("../../platform/auth/auth");
  auth.resetAuth();
  const jobs = await import("../../platform/jobs");
  const mail = await import("./send-mail");
  app = {
    getAuth: auth.getAuth,
    startJobs: jobs.startJobs,
    stopJobs: jobs.stopJobs,
    jobHandlers: (await import("../../platform/job-handlers")).jobHandlers,
    sendMail: mail.sendMail,
    MAIL_JOB: mail.MAIL_JOB,
    sendDueReminders: (await import("../tasks/send-due-reminders")).sendDueReminders,
    createTask: (await import("../tasks/create-task")).createTask,
  };
  await app.getAuth(); // this process's auth instance is now the one that mails through SMTP
  const handler = app.jobHandlers[app.MAIL_JOB];
  if (!handler) throw new Error("no mail.send handler");
  await app.startJobs(db.handle, { [app.MAIL_JOB]: handler }, { work: true });
});

afterAll(async () => {
  await app?.stopJobs();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  vi.unstubAllEnvs();
});

/** The message the server received for `to`, parsed, once it is there. */
async function mailTo(to: string, timeoutMs = 20_000): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = received.find((m) => m.envelopeTo.includes(to));
    if (found) return simpleParser(found.raw);
    if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function sessionHeaders(email: string, password: string): Promise<Headers> {
  const auth = await app.getAuth();
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  return new Headers({
    cookie: headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; "),
  });
}

const setLocale = (userId: string, locale: string) =>
  db.handle.db.update(users).set({ locale }).where(eq(users.id, userId));

describe("system mail through SMTP", () => {
  it("an invitation arrives with HTML and text parts in the inviter's language", async () => {
    const org = await createTestOrg("Mailed");
    await setLocale(org.userId, "de");
    const invitee = `invitee-${crypto.randomUUID()}@example.test`;
    const auth = await app.getAuth();
    const invitation = await auth.api.createInvitation({
      headers: await sessionHeaders(org.email, org.password),
      body: { email: invitee, role: "rep", organizationId: org.orgId },
    });

    const mail = await mailTo(invitee);
    expect(mail.from?.value).toEqual([{ address: "crm@acme.test", name: "Acme CRM" }]);
    expect(mail.subject).toMatch(/^Admin hat Sie zu Mailed [0-9a-f]+ eingeladen$/);
    expect(mail.text).toContain("mit der Rolle „Vertrieb“ beizutreten");
    expect(mail.text).toContain(`/invite/${invitation.id}`);
    expect(mail.html).toEqual(expect.stringContaining('lang="de"'));
    expect(mail.html).toEqual(expect.stringContaining(`/invite/${invitation.id}"`));
    expect(mail.headers.get("auto-submitted")).toBe("auto-generated");
    // Sent for real: not kept in the dev mailbox.
    expect(await db.handle.db.select().from(devMails).where(eq(devMails.orgId, org.orgId))).toEqual([]);
  });

  it("a password reset goes to the user alone, in their language, and no dev mailbox keeps it", async () => {
    const org = await createTestOrg("Reset");
    await setLocale(org.userId, "de");
    const auth = await app.getAuth();
    await auth.api.requestPasswordReset({ body: { email: org.email, redirectTo: "/reset-password" } });

    const mail = await mailTo(org.email);
    expect(received.filter((m) => m.envelopeTo.includes(org.email))).toHaveLength(1);
    expect(mail.subject).toBe("Passwort zurücksetzen");
    expect(mail.text).toContain(`Jemand möchte das Passwort von ${org.email} zurücksetzen.`);
    expect(mail.text).toMatch(/\/reset-password\/[A-Za-z0-9]+/);
    expect(mail.html).toEqual(expect.stringContaining("Neues Passwort wählen"));
    expect(await db.handle.db.select().from(devMails).where(eq(devMails.toEmail, org.email))).toEqual([]);
  });

  it("a due task's reminder is mailed to its assignee with a link to the task", async () => {
    const org = await createTestOrg("Remind");
    const task = await app.createTask(org.ctx, {
      title: "Call Ada back",
      dueAt: new Date(Date.now() - 60_000).toISOString(),
    });
    await app.sendDueReminders();

    const mail = await mailTo(org.email);
    expect(mail.subject).toBe("Task due: Call Ada back");
    expect(mail.text).toContain("Your task “Call Ada back” in Remind");
    expect(mail.text).toContain(`/tasks/${task.id}`);
    expect(mail.html).toEqual(expect.stringContaining('lang="en"'));
  });

  it("retries a mail the SMTP server refuses for now, until it goes through once", async () => {
    failuresLeft = 2;
    const before = attempts;
    const to = `retry-${crypto.randomUUID()}@example.test`;
    await app.sendMail({ to, subject: "After two refusals", text: "Third time lucky" });

    const mail = await mailTo(to, 25_000);
    expect(mail.text?.trim()).toBe("Third time lucky");
    expect(attempts - before).toBe(3);
    expect(received.filter((m) => m.envelopeTo.includes(to))).toHaveLength(1);
    const { rows } = await db.handle.executeSql(
      "select state, retry_count from pgboss.job where name = $1 and data->>'to' = $2",
      [app.MAIL_JOB, to],
    );
    expect(rows).toEqual([{ state: "completed", retry_count: 2 }]);
  }, 40_000);
});
