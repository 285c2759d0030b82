import { and, desc, eq, isNull } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { requireUserId } from "./require-user-id";
import type { ListNotificationsData } from "./schemas";
import { notifications } from "./tables";

/** The caller's notifications in this org, newest first. */
export async function listNotifications(ctx: Ctx, { limit, unreadOnly }: ListNotificationsData) {
  const userId = requireUserId(ctx);
  return withOrg(ctx, (tx) =>
    tx
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.orgId, ctx.orgId),
          eq(notifications.userId, userId),
          unreadOnly ? isNull(notifications.readAt) : undefined,
        ),
      )
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit),
  );
}
