import { getDb } from "../../db/client";
import { newId } from "../../platform/ids";
import { logger } from "../../platform/logger";
import type { Mail } from "./send-mail";
import { devMails } from "./tables";

/**
 * No mail transport exists yet, so nothing leaves the server. A mail with a sign-in or reset link
 * goes to the server log only: in anybody else's hands the link is the recipient's account. Other
 * mail is also kept in the dev mailbox of the org that sent it (never of the recipient's other orgs,
 * whose admins have no business reading it).
 */
export async function deliverMail(mail: Mail): Promise<void> {
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
