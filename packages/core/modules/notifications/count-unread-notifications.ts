import { and, count, eq, isNull } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { requireUserId } from "./require-user-id";
import { notifications } from "./tables";

export async function countUnreadNotifications(ctx: Ctx): Promise<number> {
  const userId = requireUserId(ctx);
  return withOrg(ctx, async (tx) => {
    const [row] = await tx
      .select({ n: count() })
      .from(notifications)
      .where(
        and(
          eq(notifications.orgId, ctx.orgId),
          eq(notifications.userId, userId),
          isNull(notifications.readAt),
        ),
      );
    return row?.n ?? 0;
  });
}
