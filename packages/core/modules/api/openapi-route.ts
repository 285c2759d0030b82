import { z } from "zod";
import { defineOperation } from "../../platform/operations/define-operation";
import type { RestRoute } from "../../platform/operations/rest-route";
import { buildOpenApi } from "../api-docs/build-openapi";

const openApiDocument = z
  .looseObject({
    openapi: z.literal("3.1.0"),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  })
  .describe("The OpenAPI 3.1 document");

/**
 * GET /openapi.json: the document of every route of the table, this one included (the table is
 * passed in, as it lists this route too). Public: it needs no credentials and reads no org.
 */
export const openApiRoute = (routes: () => readonly RestRoute[]): RestRoute => ({
  method: "GET",
  path: "/openapi.json",
  tag: "API",
  public: true,
  reply: "body",
  operation: defineOperation({
    name: "api.openapi",
    description:
      "The OpenAPI 3.1 document of this API, generated from the operations the routes are bound to (what each reads and answers, its permission and whether it writes)",
    permission: "org:read",
    writes: false,
    input: z.object({}),
    output: openApiDocument,
    handler: async () => buildOpenApi(routes()),
  }),
});
