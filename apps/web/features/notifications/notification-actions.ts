"use server";
import { countUnreadNotifications } from "@crm/core/modules/notifications/count-unread-notifications";
import { listNotifications } from "@crm/core/modules/notifications/list-notifications";
import { markNotificationsRead } from "@crm/core/modules/notifications/mark-notifications-read";
import type { MarkNotificationsReadInput } from "@crm/core/modules/notifications/schemas";
import { runOrgAction } from "@/lib/actions";

/** The caller's latest notifications and how many are unread (for the bell's list). */
export async function listNotificationsAction(slug: string) {
  return runOrgAction("notifications.list", slug, async (ctx) => {
    const items = await listNotifications(ctx, { limit: 20 });
    const unread = await countUnreadNotifications(ctx);
    return { items, unread };
  });
}

export async function markNotificationsReadAction(slug: string, input: MarkNotificationsReadInput) {
  return runOrgAction("notifications.markRead", slug, (ctx) => markNotificationsRead(ctx, input));
}
