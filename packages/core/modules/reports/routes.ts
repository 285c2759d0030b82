import type { RestRoute } from "../../platform/operations/rest-route";
import { reportOperations as op } from "./operations";

export const reportRoutes: RestRoute[] = [
  { method: "POST", path: "/reports/run", operation: op.run, tag: "Reports" },
  {
    method: "POST",
    path: "/reports/funnel",
    operation: op.funnel,
    tag: "Reports",
    optionalBody: true,
    errors: [404],
  },
];
