import type { RestRoute } from "../../platform/operations/rest-route";
import { viewOperations as op } from "./operations";

const tag = "Views";

export const viewRoutes: RestRoute[] = [
  { method: "GET", path: "/views", operation: op.list, tag },
  { method: "POST", path: "/views", operation: op.create, tag, status: 201 },
  { method: "PATCH", path: "/views/{id}", operation: op.update, tag, body: "patch", errors: [404] },
  { method: "DELETE", path: "/views/{id}", operation: op.delete, tag, status: 204, errors: [404] },
];
