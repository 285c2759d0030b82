import { DUPLICATES_REFRESH_JOB, refreshAllDuplicates } from "../modules/duplicates/refresh-all-duplicates";
import { DUPLICATES_SCAN_JOB, runDuplicatesScanJob } from "../modules/duplicates/scan-duplicates";
import { IMPORT_RECOVERY_JOB, recoverImports } from "../modules/imports/recover-imports";
import { IMPORT_JOB, runImportJob } from "../modules/imports/run-import";
import { deliverMail } from "../modules/mail/deliver-mail";
import { MAIL_JOB, mailSchema } from "../modules/mail/send-mail";
import { sendDueReminders, TASK_REMINDER_JOB } from "../modules/tasks/send-due-reminders";
import { dispatchWebhooks } from "../modules/webhooks/deliver-webhooks";
import { WEBHOOK_DISPATCH_JOB } from "../modules/webhooks/webhook-dispatch-job";
import type { JobHandlers } from "./jobs";

// Every queue and its handler; the web server (embedded) and the worker (external) register the same set.
export const jobHandlers: JobHandlers = {
  [MAIL_JOB]: (data) => deliverMail(mailSchema.parse(data)),
  [TASK_REMINDER_JOB]: async () => {
    await sendDueReminders();
  },
  [IMPORT_JOB]: runImportJob,
  // Finds and stores an org's likely duplicate pairs (a first scan, or many changed records).
  [DUPLICATES_SCAN_JOB]: runDuplicatesScanJob,
  // Queues a scan for every org whose records changed since its last one.
  [DUPLICATES_REFRESH_JOB]: async () => {
    await refreshAllDuplicates();
  },
  // Resumes imports whose process stopped (crash, restart) from their last committed batch.
  [IMPORT_RECOVERY_JOB]: async () => {
    await recoverImports();
  },
  // Delivers due webhook messages (new events and retries), every minute and when a write queues one.
  [WEBHOOK_DISPATCH_JOB]: async () => {
    await dispatchWebhooks();
  },
};

/** Queues that run on a cron schedule (pg-boss keeps one schedule per queue, whichever process sets it). */
export const jobSchedules: Record<string, string> = {
  [TASK_REMINDER_JOB]: "* * * * *",
  [IMPORT_RECOVERY_JOB]: "* * * * *",
  [DUPLICATES_REFRESH_JOB]: "* * * * *",
  [WEBHOOK_DISPATCH_JOB]: "* * * * *",
};
