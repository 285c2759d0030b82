import type { RestRoute } from "../../platform/operations/rest-route";
import { webhookOperations as op } from "./operations";

const tag = "Webhooks";

export const webhookRoutes: RestRoute[] = [
  { method: "GET", path: "/webhooks", operation: op.list, tag },
  { method: "POST", path: "/webhooks", operation: op.create, tag, status: 201 },
  { method: "GET", path: "/webhooks/{id}", operation: op.get, tag, errors: [404] },
  { method: "PATCH", path: "/webhooks/{id}", operation: op.update, tag, body: "patch", errors: [404] },
  { method: "DELETE", path: "/webhooks/{id}", operation: op.delete, tag, status: 204, errors: [404] },
  {
    method: "GET",
    path: "/webhooks/{id}/deliveries",
    operation: op.deliveries,
    tag,
    reply: "body",
    errors: [404],
  },
  {
    method: "POST",
    path: "/webhooks/{id}/deliveries/{deliveryId}/replay",
    operation: op.replay,
    tag,
    status: 202,
    optionalBody: true,
    errors: [404],
  },
];
