import type { Ctx } from "@crm/core/platform/context";

/** Handing records to someone else is for admins and managers (the services refuse it to others). */
export const canAssignRecords = (ctx: Pick<Ctx, "role">): boolean =>
  ctx.role === "admin" || ctx.role === "manager";
