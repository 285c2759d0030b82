import { and, eq, inArray, isNull } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { requireUserId } from "./require-user-id";
import type { MarkNotificationsReadData } from "./schemas";
import { notifications } from "./tables";

/** Marks the caller's own notifications read (others' ids are ignored); returns how many changed. */
export async function markNotificationsRead(ctx: Ctx, data: MarkNotificationsReadData): Promise<number> {
  const userId = requireUserId(ctx);
  return withOrg(ctx, async (tx) => {
    const rows = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(
        and(
          eq(notifications.orgId, ctx.orgId),
          eq(notifications.userId, userId),
          isNull(notifications.readAt),
          data.ids ? inArray(notifications.id, data.ids) : undefined,
        ),
      )
      .returning({ id: notifications.id });
    return rows.length;
  });
}
