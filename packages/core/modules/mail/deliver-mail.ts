import { getDb } from "../../db/client";
import { newId } from "../../platform/ids";
import { logger } from "../../platform/logger";
import type { Mail } from "./send-mail";
import { getSmtpTransport, mailFrom } from "./smtp-transport";
import { devMails } from "./tables";

/**
 * Delivers one mail (the `mail.send` job). With SMTP_URL it goes to the recipient through that
 * server; a failure throws, so the job queue retries it (5 times, backing off). Without SMTP_URL
 * nothing leaves the server: a mail with a sign-in or reset link goes to the server log only (in
 * anybody else's hands the link is the recipient's account); other mail is also kept in the dev
 * mailbox of the org that sent it (never of the recipient's other orgs, whose admins have no
 * business reading it).
 */
export async function deliverMail(mail: Mail): Promise<void> {
  const transport = getSmtpTransport();
  if (transport) {
    const text = mail.link && !mail.text.includes(mail.link) ? `${mail.text}\n\n${mail.link}` : mail.text;
    const info = await transport.sendMail({
      from: mailFrom(),
      to: mail.to,
      subject: mail.subject,
      text,
      ...(mail.html ? { html: mail.html } : {}),
      // RFC 3834: no vacation replies to system mail.
      headers: { "Auto-Submitted": "auto-generated" },
    });
    // Never the link: a reset link in the log would be the account for whoever reads logs.
    logger.info({ to: mail.to, subject: mail.subject, messageId: info.messageId }, "mail sent");
    return;
  }
  if (mail.recipientOnly || !mail.orgId) {
    logger.info(
      { to: mail.to, subject: mail.subject, link: mail.link },
      "mail (no mail transport configured: written to this log only)",
    );
    return;
  }
  logger.info({ to: mail.to, subject: mail.subject, link: mail.link }, "mail (dev mailbox)");
  const db = await getDb();
  await db.insert(devMails).values({
    id: newId(),
    orgId: mail.orgId,
    toEmail: mail.to,
    subject: mail.subject,
    text: mail.text,
    link: mail.link ?? null,
  });
}
