import { describe, expect, it } from "vitest";
import { composeInvitationMail } from "./invitation-mail";
import { composePasswordResetMail } from "./password-reset-mail";
import { composeTaskReminderMail } from "./task-reminder-mail";

const link = "https://crm.example.test/invite/0190-abc";

describe("composeInvitationMail", () => {
  // Regression: the invitation mail said "as rep" (the stored role) instead of the role's name.
  it("names the role as the app does, in the inviter's language, as HTML and plain text", async () => {
    const en = await composeInvitationMail({
      inviterName: "Ada",
      orgName: "Acme",
      role: "rep",
      locale: "en",
      link,
    });
    expect(en.subject).toBe("Ada invited you to Acme");
    expect(en.text).toContain("with the role Sales rep.");
    expect(en.text).not.toContain("as rep");
    expect(en.text).toContain(`Accept the invitation ${link}`);
    expect(en.html).toContain('lang="en"');
    expect(en.html).toContain(`href="${link}"`);
    const de = await composeInvitationMail({
      inviterName: "Ada",
      orgName: "Acme",
      role: "readonly",
      locale: "de",
      link,
    });
    expect(de.subject).toBe("Ada hat Sie zu Acme eingeladen");
    expect(de.text).toContain("„Nur Lesen“");
    expect(de.html).toContain('lang="de"');
    expect(de.html).toContain("Einladung annehmen");
  });

  it("falls back to English without a known locale", async () => {
    const mail = await composeInvitationMail({
      inviterName: "Ada",
      orgName: "Acme",
      role: "admin",
      locale: null,
      link,
    });
    expect(mail.text).toContain("with the role Admin.");
    expect(
      (await composeInvitationMail({ inviterName: "A", orgName: "B", role: "rep", locale: "fr", link }))
        .subject,
    ).toBe("A invited you to B");
  });

  it("escapes names in the HTML (an org or inviter name is user input)", async () => {
    const mail = await composeInvitationMail({
      inviterName: "Eve <script>alert(1)</script>",
      orgName: "<img src=x onerror=alert(1)>",
      role: "rep",
      locale: "en",
      link,
    });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<img src=x");
    expect(mail.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("composePasswordResetMail and composeTaskReminderMail", () => {
  it("write the reset mail in the user's language with its link", async () => {
    const reset = await composePasswordResetMail({ email: "ada@example.test", locale: "de", link });
    expect(reset.subject).toBe("Passwort zurücksetzen");
    expect(reset.text).toContain("Jemand möchte das Passwort von ada@example.test zurücksetzen.");
    expect(reset.text).toContain(link);
    expect(reset.html).toContain(`href="${link}"`);
  });

  it("gives the reminder's due time in the org's time zone and the assignee's language", async () => {
    const dueAt = new Date("2026-03-05T14:00:00Z");
    const en = await composeTaskReminderMail({
      title: "Call Ada",
      orgName: "Acme",
      dueAt,
      timeZone: "America/New_York",
      locale: "en",
      link,
    });
    expect(en.subject).toBe("Task due: Call Ada");
    expect(en.text).toContain("Your task “Call Ada” in Acme was due on Mar 5, 2026, 9:00 AM.");
    const de = await composeTaskReminderMail({
      title: "Ada anrufen",
      orgName: "Acme",
      dueAt,
      timeZone: "Europe/Berlin",
      locale: "de",
      link,
    });
    expect(de.subject).toBe("Aufgabe fällig: Ada anrufen");
    expect(de.text).toContain("war fällig am 05.03.2026, 15:00.");
  });
});
