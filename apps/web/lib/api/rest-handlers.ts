import "server-only";
import { findRestRoute } from "@crm/core/modules/api/route-table";
import { fileReply, type HttpMethod, type RestRoute } from "@crm/core/platform/operations/rest-route";
import { runOperation } from "@crm/core/platform/operations/run-operation";
import { downloadHeaders } from "./download-headers";
import { ORG_PARAM, scopeToOrgParam } from "./org-param";
import { readJson } from "./read-json-body";
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
  const status = route.status ?? 200;
  if (status === 204) return new Response(null, { status });
  if (route.reply === "file") {
    const file = fileReply.parse(output);
    return new Response(file.body, { status, headers: downloadHeaders(file.contentType, file.filename) });
  }
  return Response.json(route.reply === "body" ? output : { data: output }, { status });
}

function bind(route: RestRoute): RouteHandler {
  return withApi<Params>(async (request, { ctx, params }) => {
    const url = new URL(request.url);
    const scoped = await scopeToOrgParam(ctx, url);
    return reply(
      route,
      await runOperation(route.operation, scoped, await readInput(route, request, url, params)),
    );
  });
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
