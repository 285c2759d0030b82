// GET /api/v1/openapi.json – the OpenAPI 3.1 document, generated from the zod schemas (public)
import { buildOpenApi } from "@crm/core/modules/api-docs/build-openapi";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(buildOpenApi());
}
