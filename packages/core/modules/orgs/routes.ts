import type { RestRoute } from "../../platform/operations/rest-route";
import { accountOperations as op } from "./operations";

export const accountRoutes: RestRoute[] = [{ method: "GET", path: "/me", operation: op.me, tag: "Account" }];
