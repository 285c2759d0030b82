import type { RestRoute } from "../../platform/operations/rest-route";
import { activityOperations as op } from "./operations";

export const activityRoutes: RestRoute[] = [
  { method: "GET", path: "/activities", operation: op.list, tag: "Activities", reply: "body" },
  { method: "POST", path: "/activities", operation: op.create, tag: "Activities", status: 201 },
  {
    method: "GET",
    path: "/activities/{id}",
    operation: op.get,
    tag: "Activities",
    reply: "body",
    errors: [404],
  },
  {
    method: "PATCH",
    path: "/activities/{id}",
    operation: op.update,
    tag: "Activities",
    body: "patch",
    errors: [404],
  },
  {
    method: "DELETE",
    path: "/activities/{id}",
    operation: op.delete,
    tag: "Activities",
    status: 204,
    errors: [404],
  },
  {
    method: "GET",
    path: "/timeline",
    operation: op.timeline,
    tag: "Activities",
    reply: "body",
    errors: [404],
  },
];
