import { and, asc, eq, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { newId } from "../../platform/ids";
import { notifications } from "../notifications/tables";
import { organizations } from "../orgs/tables";
import { OPEN_TASK_STATUSES } from "./schemas";
import { tasks } from "./tables";

export const TASK_REMINDER_JOB = "tasks.remind-due";
const BATCH = 200;

/**
 * Notifies each assignee once when their open task falls due, across all orgs: runs as the owner
 * (no tenant transaction), so every condition, the org included, is explicit. `skip locked` lets two
 * workers run at once without sending a reminder twice. Returns how many reminders were sent.
 */
export async function sendDueReminders(): Promise<number> {
  const db = await getDb();
  let sent = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      const due = await tx
        .select({
          id: tasks.id,
          orgId: tasks.orgId,
          ownerId: tasks.ownerId,
          title: tasks.title,
          slug: organizations.slug,
        })
        .from(tasks)
        .innerJoin(organizations, eq(organizations.id, tasks.orgId))
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
      if (due.length === 0) return 0;
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
      return due.length;
    });
    sent += count;
    if (count < BATCH) return sent;
  }
}
