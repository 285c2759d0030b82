import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";

/** Reps may only assign tasks to themselves; managers and admins to anyone in the org (or nobody). */
export function assertCanAssignTask(
  ctx: Ctx,
  currentOwnerId: string | null,
  nextOwnerId: string | null | undefined,
): void {
  if (nextOwnerId === undefined || nextOwnerId === currentOwnerId) return;
  if (ctx.role === "admin" || ctx.role === "manager") return;
  if (nextOwnerId !== null && nextOwnerId === ctx.userId) return;
  throw new AppError("forbidden", "You may only assign tasks to yourself", {
    fieldErrors: { ownerId: ["You may only assign tasks to yourself"] },
  });
}
