import "server-only";
import { findRestRoute } from "@crm/core/modules/api/route-table";
import type { Ctx } from "@crm/core/platform/context";
import { fileReply, type HttpMethod, type RestRoute } from "@crm/core/platform/operations/rest-route";
import { runOperation } from "@crm/core/platform/operations/run-operation";
import { discardUpload } from "@crm/core/platform/operations/uploaded-file";
import { assertCan } from "@crm/core/platform/permissions";
import { downloadHeaders } from "./download-headers";
import { ORG_PARAM } from "./org-param";
import { problemFromError } from "./problem";
import { readJson } from "./read-json-body";
import { readMultipartUpload } from "./read-multipart-upload";
import { withApi } from "./with-api";

type Params = Record<string, string>;
const NO_BODY = Symbol("no body");
type RouteHandler = ReturnType<typeof withApi<Params>>;

/** The query string without `org` (which picks the caller's organization, not an input). */
function queryOf(url: URL): Record<string, string> {
  const { [ORG_PARAM]: _, ...query } = Object.fromEntries(url.searchParams);
  return query;
}

/** The operation's input from the request: path parameters, then the query string or the JSON body. */
async function readInput(route: RestRoute, request: Request, url: URL, params: Params): Promise<unknown> {
  const query = () => queryOf(url);
  if (route.method === "GET" || (route.method === "DELETE" && !route.jsonBody))
    return { ...query(), ...params };
  const body = await readJson(request, route.optionalBody ? { empty: NO_BODY } : {});
  if (route.body) return { ...query(), ...(body === NO_BODY ? {} : { [route.body]: body }), ...params };
  if (body === NO_BODY) return { ...params };
  return typeof body === "object" && body !== null && !Array.isArray(body) ? { ...body, ...params } : body;
}

function reply(route: RestRoute, output: unknown): Response {
  const status = route.otherStatus?.when(output) ? route.otherStatus.status : (route.status ?? 200);
  if (status === 204) return new Response(null, { status });
  if (route.reply === "file") {
    const file = fileReply.parse(output);
    return new Response(file.body, { status, headers: downloadHeaders(file.contentType, file.filename) });
  }
  return Response.json(route.reply === "body" ? output : { data: output }, { status });
}

/** The caller of a public route: nobody, in no org, with the least role (rest-route.ts `public`). */
const NOBODY: Ctx = { orgId: "00000000-0000-0000-0000-000000000000", userId: null, role: "readonly" };

function bindPublic(route: RestRoute): RouteHandler {
  return async (request) => {
    try {
      const query = Object.fromEntries(new URL(request.url).searchParams);
      return reply(route, await runOperation(route.operation, NOBODY, query));
    } catch (error) {
      return problemFromError(error);
    }
  };
}

function bind(route: RestRoute): RouteHandler {
  if (route.public) return bindPublic(route);
  return withApi<Params>(async (request, { ctx, params }) => {
    if (route.upload) return runUpload(route, route.upload, request, ctx, params);
    const url = new URL(request.url);
    return reply(
      route,
      await runOperation(route.operation, ctx, await readInput(route, request, url, params)),
    );
  });
}

/**
 * A multipart upload: the permission before a byte is received (up to the route's limit), then the
 * text fields and the spooled file as the input; the spool file goes once the operation answered.
 */
async function runUpload(
  route: RestRoute,
  upload: NonNullable<RestRoute["upload"]>,
  request: Request,
  ctx: Ctx,
  params: Params,
): Promise<Response> {
  assertCan(ctx, route.operation.permission);
  const { fields, file } = await readMultipartUpload(request, upload.maxFileBytes);
  try {
    return reply(route, await runOperation(route.operation, ctx, { ...fields, file, ...params }));
  } finally {
    await discardUpload(file);
  }
}

/**
 * The handlers of a route file, bound from the route table: `export const { GET, POST } =
 * restHandlers("/contacts", "GET", "POST")`. A method the table does not bind fails at load.
 */
export function restHandlers<M extends HttpMethod>(path: string, ...methods: M[]): Record<M, RouteHandler> {
  const handlers = {} as Record<M, RouteHandler>;
  for (const method of methods) {
    const route = findRestRoute(method, path);
    if (!route) throw new Error(`No operation is bound to ${method} /api/v1${path}`);
    handlers[method] = bind(route);
  }
  return handlers;
}
