import type { RestRoute } from "../../platform/operations/rest-route";
import { notificationOperations as op } from "./operations";

const tag = "Notifications";

export const notificationRoutes: RestRoute[] = [
  { method: "GET", path: "/notifications", operation: op.list, tag, reply: "body" },
  { method: "POST", path: "/notifications/read", operation: op.markRead, tag },
];
