import type { RestRoute } from "../../platform/operations/rest-route";
import { companyOperations as op } from "./operations";

export const companyRoutes: RestRoute[] = [
  { method: "GET", path: "/companies", operation: op.list, tag: "Companies", reply: "body" },
  { method: "POST", path: "/companies", operation: op.create, tag: "Companies", status: 201 },
  {
    method: "GET",
    path: "/companies/{id}",
    operation: op.get,
    tag: "Companies",
    reply: "body",
    errors: [404],
  },
  {
    method: "PATCH",
    path: "/companies/{id}",
    operation: op.update,
    tag: "Companies",
    body: "patch",
    errors: [404],
  },
  {
    method: "DELETE",
    path: "/companies/{id}",
    operation: op.delete,
    tag: "Companies",
    status: 204,
    errors: [404],
  },
];
