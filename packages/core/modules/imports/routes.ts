import type { RestRoute } from "../../platform/operations/rest-route";
import { importOperations as op } from "./operations";
import { MAX_IMPORT_BYTES } from "./schemas";

const tag = "Imports";

export const importRoutes: RestRoute[] = [
  {
    method: "POST",
    path: "/imports",
    operation: op.create,
    tag,
    upload: { maxFileBytes: MAX_IMPORT_BYTES },
    status: 202,
    otherStatus: { status: 201, when: (output) => isDraft(output) },
    errors: [400],
  },
  { method: "GET", path: "/imports", operation: op.list, tag },
  { method: "GET", path: "/imports/{id}", operation: op.get, tag, errors: [404] },
  {
    method: "POST",
    path: "/imports/{id}/rollback",
    operation: op.rollback,
    tag,
    optionalBody: true,
    errors: [404, 409],
  },
  {
    method: "GET",
    path: "/imports/{id}/errors.csv",
    operation: op.errorsCsv,
    tag,
    reply: "file",
    contentType: "text/csv",
    errors: [404],
  },
];

function isDraft(output: unknown): boolean {
  return typeof output === "object" && output !== null && "status" in output && output.status === "draft";
}
