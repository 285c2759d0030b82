import type { RestRoute } from "../../platform/operations/rest-route";
import { APP_VERSION } from "../../platform/version";
import { ORG_PARAMETER, routePaths } from "./route-paths";

type Json = Record<string, unknown>;

/**
 * OpenAPI 3.1 document of /api/v1 from its routes (the route table: `openApiDocument()` in
 * api/route-table.ts), generated from the zod schemas the server validates with.
 */
export function buildOpenApi(routes: readonly RestRoute[]): Json {
  return {
    openapi: "3.1.0",
    info: {
      title: "CRM API",
      version: APP_VERSION,
      description:
        "Org-scoped REST API. Authenticate with `Authorization: Bearer <api key>` (Settings → API keys) or a session cookie. A session picks the organization a call is for with `?org=<slug>` (default: its active organization); an API key is bound to its own. Money is integer minor units plus an ISO 4217 currency; times are ISO 8601 UTC; ids are UUIDv7.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ apiKey: [] }, { session: [] }],
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: "An API key bound to an organization and a role",
        },
        session: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
      },
      parameters: {
        [ORG_PARAMETER]: {
          name: ORG_PARAMETER,
          in: "query",
          required: false,
          schema: { type: "string" },
          description:
            "The organization the call is for, by slug (session callers; default: the session's active organization). 404 when the caller is not a member there; with an API key, naming another organization than the key's is 403.",
        },
      },
      schemas: {
        Problem: {
          type: "object",
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            errors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
          },
          required: ["type", "title", "status"],
        },
      },
    },
    paths: {
      ...routePaths(routes),
    },
  };
}
