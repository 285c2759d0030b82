// GET /api/v1/notifications – the caller's notifications, newest first (?limit, ?unreadOnly), with the unread count
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/notifications", "GET");
