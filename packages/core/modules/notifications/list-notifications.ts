import { and, desc, eq, isNull } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { requireUserId } from "./require-user-id";
import { type ListNotificationsInput, listNotificationsSchema } from "./schemas";
import { notifications } from "./tables";

/** The caller's notifications in this org, newest first. */
export async function listNotifications(ctx: Ctx, input: ListNotificationsInput = {}) {
  const userId = requireUserId(ctx);
  const { limit, unreadOnly } = listNotificationsSchema.parse(input);
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
