// POST /api/v1/notifications/read – mark the caller's notifications read: {"ids":[…]} or {"all":true}
import { markNotificationsRead } from "@crm/core/modules/notifications/mark-notifications-read";
import { readJson } from "@/lib/api/record-routes";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi(async (request, { ctx }) =>
  Response.json({ data: { updated: await markNotificationsRead(ctx, (await readJson(request)) as never) } }),
);
