import { eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { recordAudit } from "../audit/record-audit";
import { findWritableRecord } from "../records/record-access";
import { type Task, tasks } from "./tables";

/** Marks a task done (idempotent: completing a done task keeps its completion time). Reopen with a PATCH of status. */
export async function completeTask(ctx: Ctx, id: string): Promise<Task> {
  return withOrg(ctx, async (tx) => {
    const before = await findWritableRecord<Task>(tx, ctx, tasks, "tasks", id);
    if (before.status === "done") return before;
    const now = new Date();
    const [after] = await tx
      .update(tasks)
      .set({ status: "done", completedAt: now, updatedAt: now })
      .where(eq(tasks.id, id))
      .returning();
    if (!after) throw new Error("update returned no row");
    await recordAudit(tx, ctx, { action: "task.complete", entityType: "task", entityId: id, before, after });
    return after;
  });
}
