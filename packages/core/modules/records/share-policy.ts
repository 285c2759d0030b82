import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { can } from "../../platform/permissions";

/**
 * Who hands out access to a record: admins and managers, and a rep for the records they own. A rep
 * who only received a share may work on the record but not pass it on.
 */
export function canShareRecord(ctx: Pick<Ctx, "role" | "userId">, ownerId: string | null): boolean {
  if (!can(ctx, "records:write")) return false;
  if (ctx.role === "admin" || ctx.role === "manager") return true;
  return ctx.role === "rep" && ownerId !== null && ownerId === ctx.userId;
}

export function assertCanShareRecord(ctx: Pick<Ctx, "role" | "userId">, ownerId: string | null): void {
  if (!canShareRecord(ctx, ownerId)) {
    throw new AppError("forbidden", "Only the record's owner, managers and admins can share it");
  }
}
