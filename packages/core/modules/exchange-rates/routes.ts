import type { RestRoute } from "../../platform/operations/rest-route";
import { exchangeRateOperations as op } from "./operations";

const tag = "Exchange rates";

export const exchangeRateRoutes: RestRoute[] = [
  { method: "GET", path: "/exchange-rates", operation: op.list, tag, reply: "body" },
  { method: "POST", path: "/exchange-rates", operation: op.create, tag, status: 201, errors: [409] },
  { method: "GET", path: "/exchange-rates/{id}", operation: op.get, tag, errors: [404] },
  {
    method: "PATCH",
    path: "/exchange-rates/{id}",
    operation: op.update,
    tag,
    body: "patch",
    errors: [404, 409],
  },
  { method: "DELETE", path: "/exchange-rates/{id}", operation: op.delete, tag, status: 204, errors: [404] },
  { method: "POST", path: "/exchange-rates/import-ecb", operation: op.importEcb, tag, optionalBody: true },
];
