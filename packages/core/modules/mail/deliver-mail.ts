import { eq, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { newId } from "../../platform/ids";
import { logger } from "../../platform/logger";
import { users } from "../auth/tables";
import { members } from "../orgs/tables";
import type { Mail } from "./send-mail";
import { devMails } from "./tables";

// No SMTP yet: the mail goes to the log and to the dev mailbox of every org the recipient is in.
export async function deliverMail(mail: Mail): Promise<void> {
  const db = await getDb();
  logger.info({ to: mail.to, subject: mail.subject, link: mail.link }, "mail (dev mailbox)");
  const memberOrgs = await db
    .select({ orgId: members.organizationId })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(sql`lower(${users.email})`, mail.to.toLowerCase()));
  const orgIds = new Set(memberOrgs.map((m) => m.orgId));
  if (mail.orgId) orgIds.add(mail.orgId);
  if (orgIds.size === 0) return;
  await db.insert(devMails).values(
    [...orgIds].map((orgId) => ({
      id: newId(),
      orgId,
      toEmail: mail.to,
      subject: mail.subject,
      text: mail.text,
      link: mail.link ?? null,
    })),
  );
}
