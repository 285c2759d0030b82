import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";

/** Personal features (inbox, my day, saved views) need a person; an API key without one has none. */
export function requireUserId(ctx: Ctx): string {
  if (!ctx.userId) throw new AppError("forbidden", "This needs a signed-in user or a key created by one");
  return ctx.userId;
}
