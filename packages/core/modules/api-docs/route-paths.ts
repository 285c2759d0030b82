import { z } from "zod";
import { type JsonSchema, toJsonSchema } from "../../platform/operations/json-schema";
import { pathParameters, type RestRoute } from "../../platform/operations/rest-route";

// OpenAPI path items generated from the route table: parameters, request body and answers come
// from the operation's declared schemas, so the document says what the server reads.

const STATUS_TEXT: Record<number, string> = {
  401: "No or invalid credentials",
  403: "The caller's role may not do this",
  404: "Not found or not visible to the caller",
  409: "Conflict",
  413: "The body is too large",
  422: "Invalid input; `errors` names the fields",
  429: "Rate limited; see the RateLimit headers",
};

export const problemResponses = (codes: number[]): JsonSchema =>
  Object.fromEntries(
    [...new Set(codes)].sort().map((code) => [
      String(code),
      {
        description: STATUS_TEXT[code] ?? "Error",
        content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
      },
    ]),
  );

const hasBody = (route: RestRoute) =>
  route.method !== "GET" && (route.method !== "DELETE" || route.jsonBody === true);

function inputProperties(route: RestRoute): { properties: Record<string, JsonSchema>; required: string[] } {
  const schema = toJsonSchema(route.operation.input, "input");
  return {
    properties: (schema.properties ?? {}) as Record<string, JsonSchema>,
    required: (schema.required ?? []) as string[],
  };
}

/**
 * A catch-all query field (custom field filters) as one documented parameter: its description reads
 * `<name pattern>: <what it does>`, e.g. `cf.<key>: a custom field's value`.
 */
function patternParameters(route: RestRoute): JsonSchema[] {
  if (hasBody(route) && !route.body) return [];
  const extra = toJsonSchema(route.operation.input, "input").additionalProperties as JsonSchema | undefined;
  const match = typeof extra?.description === "string" ? /^(\S+): (.+)$/.exec(extra.description) : null;
  if (!match) return [];
  return [
    { name: match[1], in: "query", required: false, schema: { type: "string" }, description: match[2] },
  ];
}

function parameters(route: RestRoute): JsonSchema[] {
  const { properties, required } = inputProperties(route);
  const inPath = pathParameters(route.path);
  const queryNames =
    hasBody(route) && !route.body
      ? []
      : Object.keys(properties).filter((name) => !inPath.includes(name) && name !== route.body);
  const parameter = (name: string, where: "path" | "query") => {
    const { description, ...schema } = properties[name] ?? { type: "string" };
    return {
      name,
      in: where,
      required: where === "path" || required.includes(name),
      schema,
      ...(description ? { description } : {}),
    };
  };
  return [
    ...inPath.map((name) => parameter(name, "path")),
    ...queryNames.map((name) => parameter(name, "query")),
  ];
}

function requestBody(route: RestRoute): JsonSchema | undefined {
  if (!hasBody(route)) return undefined;
  const input = toJsonSchema(route.operation.input, "input");
  let schema: JsonSchema;
  if (route.body) {
    schema = ((input.properties ?? {}) as Record<string, JsonSchema>)[route.body] ?? {};
  } else {
    const inPath = pathParameters(route.path);
    const properties = Object.fromEntries(
      Object.entries((input.properties ?? {}) as Record<string, JsonSchema>).filter(
        ([name]) => !inPath.includes(name),
      ),
    );
    const required = ((input.required ?? []) as string[]).filter((name) => !inPath.includes(name));
    schema = { ...input, properties, ...(required.length ? { required } : {}) };
    if (!required.length) delete schema.required;
  }
  const mediaType = route.upload ? "multipart/form-data" : "application/json";
  return { required: !route.optionalBody, content: { [mediaType]: { schema } } };
}

function success(route: RestRoute): JsonSchema {
  const status = route.status ?? 200;
  if (status === 204) return { "204": { description: "Done; no content" } };
  const statuses = [status, ...(route.otherStatus ? [route.otherStatus.status] : [])].sort();
  if (route.reply === "file") {
    const types = [route.contentType ?? "application/octet-stream"].flat();
    const answer = {
      description: `${route.operation.description} (a download: Content-Disposition names the file)`,
      content: Object.fromEntries(types.map((type) => [type, { schema: { type: "string" } }])),
    };
    return Object.fromEntries(statuses.map((code) => [String(code), answer]));
  }
  const output = route.operation.output as z.ZodType;
  const schema = route.reply === "body" ? output : z.object({ data: output });
  const answer = {
    description: route.operation.description,
    content: { "application/json": { schema: toJsonSchema(schema, "output") } },
  };
  return Object.fromEntries(statuses.map((code) => [String(code), answer]));
}

/** The parameter every route with a caller takes: `?org=<slug>` (components.parameters in build-openapi.ts). */
export const ORG_PARAMETER = "org";

/** The OpenAPI operation object of one route. */
export function routeOperation(route: RestRoute): JsonSchema {
  const own = parameters(route);
  const params = route.public ? own : [...own, { $ref: `#/components/parameters/${ORG_PARAMETER}` }];
  const body = requestBody(route);
  const inputErrors = own.length > 0 || body ? [422] : [];
  const callerErrors = route.public ? [] : [401, 403, 429];
  return {
    operationId: route.operation.name,
    tags: [route.tag],
    summary: route.operation.description,
    ...(params.length ? { parameters: params } : {}),
    ...(body ? { requestBody: body } : {}),
    ...(route.public ? { security: [] } : {}),
    responses: {
      ...success(route),
      ...problemResponses([...callerErrors, ...inputErrors, ...(body ? [413] : []), ...(route.errors ?? [])]),
    },
    "x-permission": route.operation.permission,
    "x-writes": route.operation.writes,
  };
}

/** `{ "/contacts": { get: …, post: … }, … }` for the routes. */
export function routePaths(routes: readonly RestRoute[]): Record<string, Record<string, JsonSchema>> {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, JsonSchema>)[route.method.toLowerCase()] = routeOperation(route);
  }
  return paths;
}
