import type { RestRoute } from "../../platform/operations/rest-route";
import { taskOperations as op } from "./operations";

export const taskRoutes: RestRoute[] = [
  { method: "GET", path: "/tasks", operation: op.list, tag: "Tasks", reply: "body" },
  { method: "POST", path: "/tasks", operation: op.create, tag: "Tasks", status: 201 },
  { method: "GET", path: "/tasks/{id}", operation: op.get, tag: "Tasks", reply: "body", errors: [404] },
  { method: "PATCH", path: "/tasks/{id}", operation: op.update, tag: "Tasks", body: "patch", errors: [404] },
  { method: "DELETE", path: "/tasks/{id}", operation: op.delete, tag: "Tasks", status: 204, errors: [404] },
  {
    method: "POST",
    path: "/tasks/{id}/complete",
    operation: op.complete,
    tag: "Tasks",
    optionalBody: true,
    errors: [404],
  },
  { method: "GET", path: "/my-day", operation: op.myDay, tag: "Tasks" },
];
