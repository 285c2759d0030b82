import type { RestRoute } from "../../platform/operations/rest-route";
import { searchOperations as op } from "./operations";

export const searchRoutes: RestRoute[] = [
  { method: "GET", path: "/search", operation: op.query, tag: "Search" },
];
