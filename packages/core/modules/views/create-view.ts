import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { recordAudit } from "../audit/record-audit";
import { requireUserId } from "../notifications/require-user-id";
import type { CreateViewData } from "./schemas";
import { savedViews } from "./tables";
import { assertCanWriteView } from "./view-policy";

/** Saves a list view for the caller; `shared` shows it to the whole org. */
export async function createView(ctx: Ctx, data: CreateViewData) {
  const userId = requireUserId(ctx);
  assertCanWriteView(ctx, data.shared);
  return withOrg(ctx, async (tx) => {
    const [row] = await tx
      .insert(savedViews)
      .values({ ...data, id: newId(), orgId: ctx.orgId, ownerId: userId })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, ctx, { action: "view.create", entityType: "view", entityId: row.id, after: row });
    return row;
  });
}
