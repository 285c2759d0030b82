// POST /api/v1/notifications/read – mark the caller's notifications read: {"ids":[…]} or {"all":true}
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/notifications/read", "POST");
