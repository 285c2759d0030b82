import type { RestRoute } from "../../platform/operations/rest-route";
import { mergeOperations as op } from "./merge-operations";

export const mergeRoutes: RestRoute[] = [
  { method: "POST", path: "/contacts/merge", operation: op.contacts, tag: "Contacts", errors: [404] },
  { method: "POST", path: "/companies/merge", operation: op.companies, tag: "Companies", errors: [404] },
  {
    method: "POST",
    path: "/merges/{id}/undo",
    operation: op.undo,
    tag: "Duplicates",
    optionalBody: true,
    errors: [404, 409],
  },
];
