import type { RestRoute } from "../../platform/operations/rest-route";
import { leadOperations as op } from "./operations";

export const leadRoutes: RestRoute[] = [
  { method: "GET", path: "/leads", operation: op.list, tag: "Leads", reply: "body" },
  { method: "POST", path: "/leads", operation: op.create, tag: "Leads", status: 201 },
  { method: "GET", path: "/leads/{id}", operation: op.get, tag: "Leads", reply: "body", errors: [404] },
  {
    method: "PATCH",
    path: "/leads/{id}",
    operation: op.update,
    tag: "Leads",
    body: "patch",
    errors: [404, 409],
  },
  { method: "DELETE", path: "/leads/{id}", operation: op.delete, tag: "Leads", status: 204, errors: [404] },
  {
    method: "POST",
    path: "/leads/{id}/convert",
    operation: op.convert,
    tag: "Leads",
    optionalBody: true,
    errors: [404, 409],
  },
];
