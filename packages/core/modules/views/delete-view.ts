import { eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { recordAudit } from "../audit/record-audit";
import { requireUserId } from "../notifications/require-user-id";
import { findVisibleViewOrThrow } from "./find-view";
import { savedViews } from "./tables";
import { assertCanWriteView } from "./view-policy";

/** The owner deletes their view; admins may also remove views shared with the org. */
export async function deleteView(ctx: Ctx, id: string): Promise<void> {
  const userId = requireUserId(ctx);
  await withOrg(ctx, async (tx) => {
    const before = await findVisibleViewOrThrow(tx, ctx, userId, id);
    assertCanWriteView(ctx, before.shared);
    if (before.ownerId !== userId && ctx.role !== "admin") {
      throw new AppError("forbidden", "Only the owner or an admin can delete this view");
    }
    await tx.delete(savedViews).where(eq(savedViews.id, id));
    await recordAudit(tx, ctx, { action: "view.delete", entityType: "view", entityId: id, before });
  });
}
