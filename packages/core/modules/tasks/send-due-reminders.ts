import { and, asc, eq, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { env } from "../../platform/env";
import { newId } from "../../platform/ids";
import { logger } from "../../platform/logger";
import { users } from "../auth/tables";
import { sendMail } from "../mail/send-mail";
import { composeTaskReminderMail } from "../mail/templates/task-reminder-mail";
import { notifications } from "../notifications/tables";
import { organizations, orgSettings } from "../orgs/tables";
import { OPEN_TASK_STATUSES } from "./schemas";
import { tasks } from "./tables";

export const TASK_REMINDER_JOB = "tasks.remind-due";
const BATCH = 200;

type DueTask = {
  id: string;
  orgId: string;
  title: string;
  dueAt: Date | null;
  slug: string;
  orgName: string;
  timeZone: string | null;
  email: string | null;
  locale: string | null;
};

/** The reminder mail (queued: retried on a failing SMTP server, never sent twice for one task). */
async function mailReminder(task: DueTask): Promise<void> {
  if (!task.email || !task.dueAt) return;
  const link = `${env.APP_URL}/o/${task.slug}/tasks/${task.id}`;
  const mail = await composeTaskReminderMail({
    title: task.title,
    orgName: task.orgName,
    dueAt: task.dueAt,
    timeZone: task.timeZone ?? "UTC",
    locale: task.locale,
    link,
  });
  await sendMail({ to: task.email, orgId: task.orgId, ...mail, link });
}

/**
 * Notifies each assignee once when their open task falls due, across all orgs: runs as the owner
 * (no tenant transaction), so every condition, the org included, is explicit. `skip locked` lets two
 * workers run at once without sending a reminder twice. Each reminder is also mailed, after its
 * batch committed (a crash in between loses the mail, never sends it twice). Returns how many
 * reminders were sent.
 */
export async function sendDueReminders(): Promise<number> {
  const db = await getDb();
  let sent = 0;
  for (;;) {
    const due = await db.transaction(async (tx) => {
      const due = await tx
        .select({
          id: tasks.id,
          orgId: tasks.orgId,
          ownerId: tasks.ownerId,
          title: tasks.title,
          dueAt: tasks.dueAt,
          slug: organizations.slug,
          orgName: organizations.name,
          timeZone: orgSettings.timeZone,
          email: users.email,
          locale: users.locale,
        })
        .from(tasks)
        .innerJoin(organizations, eq(organizations.id, tasks.orgId))
        .leftJoin(orgSettings, eq(orgSettings.orgId, tasks.orgId))
        .leftJoin(users, eq(users.id, tasks.ownerId))
        .where(
          and(
            lte(tasks.dueAt, sql`now()`),
            inArray(tasks.status, [...OPEN_TASK_STATUSES]),
            isNull(tasks.reminderSentAt),
            isNotNull(tasks.ownerId),
            isNull(tasks.deletedAt),
          ),
        )
        .orderBy(asc(tasks.dueAt))
        .limit(BATCH)
        .for("update", { of: tasks, skipLocked: true });
      if (due.length === 0) return [];
      await tx.insert(notifications).values(
        due.map((task) => ({
          id: newId(),
          orgId: task.orgId,
          userId: task.ownerId as string,
          kind: "task_due",
          title: task.title,
          link: `/o/${task.slug}/tasks/${task.id}`,
        })),
      );
      await tx
        .update(tasks)
        .set({ reminderSentAt: new Date() })
        .where(
          inArray(
            tasks.id,
            due.map((task) => task.id),
          ),
        );
      return due;
    });
    for (const task of due) {
      // One failing mail must not stop the others' (nor the next batch).
      await mailReminder(task).catch((error: unknown) =>
        logger.error({ err: error, taskId: task.id }, "could not queue a task reminder mail"),
      );
    }
    sent += due.length;
    if (due.length < BATCH) return sent;
  }
}
