import type { RestRoute } from "../../platform/operations/rest-route";
import { duplicateOperations as op } from "./operations";

const tag = "Duplicates";

export const duplicateRoutes: RestRoute[] = [
  { method: "GET", path: "/duplicates", operation: op.list, tag, reply: "body" },
  { method: "POST", path: "/duplicates/dismissals", operation: op.dismiss, tag, status: 204, errors: [404] },
];
