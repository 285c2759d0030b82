import type { AnyOperation } from "../../platform/operations/define-operation";
import { restRoutes } from "./route-table";

/**
 * Every operation by name: what MCP tools, assistant tools and workflow actions are listed from.
 * An operation is registered by binding it in the route table (every operation is reachable over REST).
 */
export const operations: ReadonlyMap<string, AnyOperation> = new Map(
  restRoutes.map((route) => [route.operation.name, route.operation]),
);
