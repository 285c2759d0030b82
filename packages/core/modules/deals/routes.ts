import type { RestRoute } from "../../platform/operations/rest-route";
import { dealOperations as op } from "./operations";

export const dealRoutes: RestRoute[] = [
  { method: "GET", path: "/deals", operation: op.list, tag: "Deals", reply: "body" },
  { method: "POST", path: "/deals", operation: op.create, tag: "Deals", status: 201 },
  { method: "GET", path: "/deals/{id}", operation: op.get, tag: "Deals", reply: "body", errors: [404] },
  { method: "PATCH", path: "/deals/{id}", operation: op.update, tag: "Deals", body: "patch", errors: [404] },
  { method: "DELETE", path: "/deals/{id}", operation: op.delete, tag: "Deals", status: 204, errors: [404] },
  { method: "PUT", path: "/deals/{id}/stage", operation: op.moveStage, tag: "Deals", errors: [404] },
  {
    method: "POST",
    path: "/deals/{id}/won",
    operation: op.markWon,
    tag: "Deals",
    optionalBody: true,
    errors: [404],
  },
  {
    method: "POST",
    path: "/deals/{id}/lost",
    operation: op.markLost,
    tag: "Deals",
    optionalBody: true,
    errors: [404],
  },
];
