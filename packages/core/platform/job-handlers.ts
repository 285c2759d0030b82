import { deliverMail } from "../modules/mail/deliver-mail";
import { MAIL_JOB, mailSchema } from "../modules/mail/send-mail";
import type { JobHandlers } from "./jobs";

// Every queue and its handler; the web server (embedded) and the worker (external) register the same set.
export const jobHandlers: JobHandlers = {
  [MAIL_JOB]: (data) => deliverMail(mailSchema.parse(data)),
};
