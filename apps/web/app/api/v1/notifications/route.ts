// GET /api/v1/notifications – the caller's notifications, newest first (?limit, ?unreadOnly), with the unread count
import { countUnreadNotifications } from "@crm/core/modules/notifications/count-unread-notifications";
import { listNotifications } from "@crm/core/modules/notifications/list-notifications";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi(async (request, { ctx }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const data = await listNotifications(ctx, query);
  return Response.json({ data, unread: await countUnreadNotifications(ctx) });
});
