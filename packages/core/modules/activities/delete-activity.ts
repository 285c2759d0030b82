import { eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { recordAudit } from "../audit/record-audit";
import { findWritableActivity } from "./activity-access";
import { activities } from "./tables";

/** Soft delete (restorable from the trash); system entries stay. */
export async function deleteActivity(ctx: Ctx, id: string): Promise<void> {
  await withOrg(ctx, async (tx) => {
    const before = await findWritableActivity(tx, ctx, id);
    await tx.update(activities).set({ deletedAt: new Date() }).where(eq(activities.id, id));
    await recordAudit(tx, ctx, { action: "activity.delete", entityType: "activity", entityId: id, before });
  });
}
