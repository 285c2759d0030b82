import { z } from "zod";
import { enqueueJob } from "../../platform/jobs";
import { deliverMail } from "./deliver-mail";

export const mailSchema = z.object({
  to: z.email(),
  subject: z.string().min(1),
  /** The plain-text version (a rendered template's text, link included). */
  text: z.string(),
  /** The HTML version, when the mail was rendered from a template (templates/). */
  html: z.string().optional(),
  /** The mail's one action: the dev mailbox shows it as a button. */
  link: z.url().optional(),
  /** The org that sends it; its admins see it in the dev mailbox (unless `recipientOnly`). */
  orgId: z.uuid().optional(),
  /** The link signs in or resets a password: nobody but the recipient may ever see it. */
  recipientOnly: z.boolean().optional(),
});
export type Mail = z.infer<typeof mailSchema>;

export const MAIL_JOB = "mail.send";

/** Sends through the job queue so a failed delivery is retried and survives a restart. */
export async function sendMail(mail: Mail): Promise<void> {
  const parsed = mailSchema.parse(mail);
  await enqueueJob(MAIL_JOB, parsed, (data) => deliverMail(mailSchema.parse(data)));
}
