import type { RestRoute } from "../../platform/operations/rest-route";
import { dashboardOperations as op } from "./operations";

export const dashboardRoutes: RestRoute[] = [
  { method: "GET", path: "/dashboard", operation: op.summary, tag: "Dashboard" },
];
