import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { assertCan } from "../../platform/permissions";
import { assertVisibleLinks } from "../activities/assert-visible-links";
import { recordAudit } from "../audit/record-audit";
import { listCustomFieldDefs, validateCustomValues } from "../custom-fields/custom-values";
import { assertReferences } from "../records/assert-references";
import { assertCanAssignTask } from "./assert-can-assign-task";
import type { CreateTaskData } from "./schemas";
import { tasks } from "./tables";

/** Creates a task from input already parsed by `createTaskSchema` (the operation `tasks.create`). */
export async function createTask(ctx: Ctx, data: CreateTaskData) {
  assertCan(ctx, "records:write");
  const ownerId = data.ownerId === undefined ? ctx.userId : data.ownerId;
  assertCanAssignTask(ctx, ctx.userId, ownerId);
  return withOrg(ctx, async (tx) => {
    await assertReferences(tx, ctx, { ownerId });
    await assertVisibleLinks(tx, ctx, data);
    const custom = validateCustomValues(await listCustomFieldDefs(tx, ctx, "tasks"), data.custom, {
      creating: true,
    });
    const [row] = await tx
      .insert(tasks)
      .values({
        ...data,
        id: newId(),
        orgId: ctx.orgId,
        ownerId,
        custom,
        dueAt: data.dueAt ? new Date(data.dueAt) : null,
        completedAt: data.status === "done" ? new Date() : null,
        createdBy: ctx.userId,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, ctx, { action: "task.create", entityType: "task", entityId: row.id, after: row });
    return row;
  });
}
