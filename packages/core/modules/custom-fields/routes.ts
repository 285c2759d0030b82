import type { RestRoute } from "../../platform/operations/rest-route";
import { customFieldOperations as op } from "./operations";

const tag = "Custom fields";

export const customFieldRoutes: RestRoute[] = [
  { method: "GET", path: "/custom-fields", operation: op.list, tag },
  { method: "POST", path: "/custom-fields", operation: op.create, tag, status: 201, errors: [409] },
  { method: "PATCH", path: "/custom-fields/{id}", operation: op.update, tag, body: "patch", errors: [404] },
  { method: "DELETE", path: "/custom-fields/{id}", operation: op.delete, tag, status: 204, errors: [404] },
];
