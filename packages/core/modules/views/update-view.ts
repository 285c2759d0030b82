import { eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { recordAudit } from "../audit/record-audit";
import { requireUserId } from "../notifications/require-user-id";
import { findVisibleViewOrThrow } from "./find-view";
import type { UpdateViewData } from "./schemas";
import { savedViews } from "./tables";
import { assertCanWriteView } from "./view-policy";

/** Only the owner changes a view, within their role (view-policy.ts); a shared view is read-only to everyone else (403). */
export async function updateView(ctx: Ctx, id: string, data: UpdateViewData) {
  const userId = requireUserId(ctx);
  // An empty change would be an UPDATE without columns, which the database refuses (a 500).
  if (Object.values(data).every((value) => value === undefined)) {
    throw new AppError("unprocessable", "Nothing to change", {
      fieldErrors: { _: ["Send at least one of name, shared, state"] },
    });
  }
  return withOrg(ctx, async (tx) => {
    const before = await findVisibleViewOrThrow(tx, ctx, userId, id);
    assertCanWriteView(ctx, before.shared || data.shared === true);
    if (before.ownerId !== userId) throw new AppError("forbidden", "Only the owner can change this view");
    const [after] = await tx.update(savedViews).set(data).where(eq(savedViews.id, id)).returning();
    if (!after) throw new Error("update returned no row");
    await recordAudit(tx, ctx, { action: "view.update", entityType: "view", entityId: id, before, after });
    return after;
  });
}
