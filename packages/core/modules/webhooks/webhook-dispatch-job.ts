import { sendJobLater } from "../../platform/jobs";

export const WEBHOOK_DISPATCH_JOB = "webhooks.dispatch";

/**
 * Asks the queue to run a dispatch in `seconds` (new messages, a retry that falls due before the
 * next scheduled run). At most one such job per second; the every-minute schedule catches the rest.
 */
export async function kickWebhookDispatch(seconds: number): Promise<void> {
  await sendJobLater(
    WEBHOOK_DISPATCH_JOB,
    {},
    {
      startAfterSeconds: seconds,
      singletonKey: `${WEBHOOK_DISPATCH_JOB}:${Math.ceil(seconds)}`,
      singletonSeconds: 1,
    },
  );
}
