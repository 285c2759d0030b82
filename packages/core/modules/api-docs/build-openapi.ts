import { z } from "zod";
import { APP_VERSION } from "../../platform/version";
import { restRoutes } from "../api/route-table";
import { EXACT_COUNT_LIMIT } from "../records/count-listed";
import { operationPaths, type ResourceDoc, resources } from "./openapi-resources";
import { routePaths } from "./route-paths";

type Json = Record<string, unknown>;

const problem = { $ref: "#/components/schemas/Problem" };
const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      { description: STATUS_TEXT[code], content: { "application/problem+json": { schema: problem } } },
    ]),
  );
const STATUS_TEXT: Record<number, string> = {
  401: "No or invalid credentials",
  403: "The caller's role may not do this",
  404: "Not found or not visible to the caller",
  409: "Conflict",
  422: "Invalid input; `errors` names the fields",
  429: "Rate limited; see the RateLimit headers",
};

const schemaOf = (schema: z.ZodType): Json => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
  return rest;
};
const record = {
  type: "object",
  additionalProperties: true,
  description: "The record, with camelCase fields",
};

function listParameters(resource: ResourceDoc): Json[] {
  return [
    { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
    {
      name: "cursor",
      in: "query",
      schema: { type: "string" },
      description: "nextCursor of the previous page",
    },
    {
      name: "sort",
      in: "query",
      schema: { type: "string" },
      description: `field or -field: ${(resource.sortable ?? []).join(", ")}`,
    },
    { name: "q", in: "query", schema: { type: "string" }, description: "Text search" },
    ...(resource.filters ?? []).map((f) => ({
      name: f,
      in: "query",
      schema: { type: "string" },
      description: "Filter; comma separates several values",
    })),
  ];
}

function resourcePaths(resource: ResourceDoc): Json {
  const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
  const item = {
    description: "OK",
    content: { "application/json": { schema: { type: "object", properties: { data: record } } } },
  };
  return {
    [resource.path]: {
      get: {
        tags: [resource.tag],
        summary: `List ${resource.tag.toLowerCase()} visible to the caller`,
        parameters: listParameters(resource),
        responses: {
          "200": {
            description: "A page",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["data", "nextCursor", "total", "totalIsEstimate"],
                  properties: {
                    data: { type: "array", items: record },
                    nextCursor: { type: ["string", "null"] },
                    total: {
                      type: "integer",
                      minimum: 0,
                      description: `How many records the filters select over all pages: exact up to ${EXACT_COUNT_LIMIT.toLocaleString("en")}, beyond that the database's estimate`,
                    },
                    totalIsEstimate: {
                      type: "boolean",
                      description: "true when `total` is an estimate (more than the exact-count limit)",
                    },
                  },
                },
              },
            },
          },
          ...errors(401, 422, 429),
        },
      },
      ...(resource.create
        ? {
            post: {
              tags: [resource.tag],
              summary: `Create a ${resource.name}`,
              requestBody: {
                required: true,
                content: { "application/json": { schema: schemaOf(resource.create) } },
              },
              responses: { "201": item, ...errors(401, 403, 422, 429) },
            },
          }
        : {}),
    },
    [`${resource.path}/{id}`]: {
      parameters: [idParam],
      get: {
        tags: [resource.tag],
        summary: `Get a ${resource.name}`,
        ...(resource.timeline
          ? {
              parameters: [
                {
                  name: "include",
                  in: "query",
                  schema: { type: "string", enum: ["timeline"] },
                  description:
                    "timeline: the first page of the record's timeline comes along as `timeline` ({data, nextCursor}), as GET /timeline answers it",
                },
              ],
            }
          : {}),
        responses: { "200": item, ...errors(401, 404, 422, 429) },
      },
      ...(resource.update
        ? {
            patch: {
              tags: [resource.tag],
              summary: `Change a ${resource.name}`,
              requestBody: {
                required: true,
                content: { "application/json": { schema: schemaOf(resource.update) } },
              },
              responses: { "200": item, ...errors(401, 403, 404, 422, 429) },
            },
          }
        : {}),
      delete: {
        tags: [resource.tag],
        summary: `Move a ${resource.name} to the trash`,
        responses: {
          "204": { description: "Deleted (restorable from the trash)" },
          ...errors(401, 403, 404, 429),
        },
      },
    },
  };
}

/** OpenAPI 3.1 document of /api/v1, generated from the zod schemas the server validates with. */
export function buildOpenApi(extraPaths: Json = {}): Json {
  return {
    openapi: "3.1.0",
    info: {
      title: "CRM API",
      version: APP_VERSION,
      description:
        "Org-scoped REST API. Authenticate with `Authorization: Bearer <api key>` (Settings → API keys) or a session cookie. Money is integer minor units plus an ISO 4217 currency; times are ISO 8601 UTC; ids are UUIDv7.",
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
      ...Object.assign({}, ...resources.map(resourcePaths)),
      ...Object.assign({}, ...operationPaths),
      ...routePaths(restRoutes),
      ...extraPaths,
    },
  };
}
