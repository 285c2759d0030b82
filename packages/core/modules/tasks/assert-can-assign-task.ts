import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { can } from "../../platform/permissions";

/** Without `records:assign` (reps) a task may only go to oneself; with it (managers, admins) to anyone in the org, or nobody. */
export function assertCanAssignTask(
  ctx: Ctx,
  currentOwnerId: string | null,
  nextOwnerId: string | null | undefined,
): void {
  if (nextOwnerId === undefined || nextOwnerId === currentOwnerId) return;
  if (can(ctx, "records:assign")) return;
  if (nextOwnerId !== null && nextOwnerId === ctx.userId) return;
  throw new AppError("forbidden", "You may only assign tasks to yourself", {
    fieldErrors: { ownerId: ["You may only assign tasks to yourself"] },
  });
}
