import { eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertVisibleLinks } from "../activities/assert-visible-links";
import { recordAudit } from "../audit/record-audit";
import { listCustomFieldDefs, validateCustomValues } from "../custom-fields/custom-values";
import { assertReferences } from "../records/assert-references";
import { findWritableRecord } from "../records/record-access";
import { assertCanAssignTask } from "./assert-can-assign-task";
import type { UpdateTaskData } from "./schemas";
import { type Task, tasks } from "./tables";

/** Changes a task with input already parsed by `updateTaskSchema` (the operation `tasks.update`). */
export async function updateTask(ctx: Ctx, id: string, data: UpdateTaskData) {
  return withOrg(ctx, async (tx) => {
    const before = await findWritableRecord<Task>(tx, ctx, tasks, "tasks", id);
    assertCanAssignTask(ctx, before.ownerId, data.ownerId);
    await assertReferences(tx, ctx, { ownerId: data.ownerId });
    await assertVisibleLinks(tx, ctx, {
      contactId: data.contactId !== before.contactId ? data.contactId : undefined,
      companyId: data.companyId !== before.companyId ? data.companyId : undefined,
      dealId: data.dealId !== before.dealId ? data.dealId : undefined,
    });
    const custom =
      data.custom === undefined
        ? undefined
        : validateCustomValues(await listCustomFieldDefs(tx, ctx, "tasks"), data.custom, {
            existing: before.custom,
            creating: false,
          });
    const dueAt = data.dueAt === undefined ? undefined : data.dueAt === null ? null : new Date(data.dueAt);
    const dueChanged = dueAt !== undefined && dueAt?.getTime() !== before.dueAt?.getTime();
    const [after] = await tx
      .update(tasks)
      .set({
        ...data,
        custom,
        dueAt,
        completedAt: completedAtFor(before, data.status),
        // A new due date (or a new assignee) deserves a new reminder.
        reminderSentAt:
          dueChanged || (data.ownerId !== undefined && data.ownerId !== before.ownerId) ? null : undefined,
        updatedAt: new Date(),
      })
      .where(eq(tasks.id, id))
      .returning();
    if (!after) throw new Error("update returned no row");
    await recordAudit(tx, ctx, { action: "task.update", entityType: "task", entityId: id, before, after });
    return after;
  });
}

/** Completing stamps the time; reopening clears it; other changes leave it alone. */
function completedAtFor(before: Task, status: Task["status"] | undefined): Date | null | undefined {
  if (status === undefined || status === before.status) return undefined;
  return status === "done" ? new Date() : null;
}
