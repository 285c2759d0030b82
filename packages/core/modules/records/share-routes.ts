import type { RestRoute } from "../../platform/operations/rest-route";
import { shareOperations as op } from "./share-operations";

const tag = "Shares";

export const shareRoutes: RestRoute[] = [
  { method: "GET", path: "/shares", operation: op.list, tag, errors: [404] },
  { method: "POST", path: "/shares", operation: op.create, tag, status: 201, errors: [404] },
  // The share is named in the body, as for POST.
  {
    method: "DELETE",
    path: "/shares",
    operation: op.delete,
    tag,
    status: 204,
    jsonBody: true,
    errors: [404],
  },
];
