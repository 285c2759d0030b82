import "server-only";
import { findRestRoute } from "@crm/core/modules/api/route-table";
import { runOperation } from "@crm/core/platform/operations/run-operation";
import type { HttpMethod, RestRoute } from "@crm/core/platform/operations/rest-route";
import { readJson } from "./read-json-body";
import { withApi } from "./with-api";

type Params = Record<string, string>;
const NO_BODY = Symbol("no body");
type RouteHandler = ReturnType<typeof withApi<Params>>;

/** The operation's input from the request: path parameters, then the query string or the JSON body. */
async function readInput(route: RestRoute, request: Request, params: Params): Promise<unknown> {
  const query = () => Object.fromEntries(new URL(request.url).searchParams);
  if (route.method === "GET" || route.method === "DELETE") return { ...query(), ...params };
  const body = await readJson(request, route.optionalBody ? { empty: NO_BODY } : {});
  if (route.body) return { ...query(), ...(body === NO_BODY ? {} : { [route.body]: body }), ...params };
  if (body === NO_BODY) return { ...params };
  return typeof body === "object" && body !== null && !Array.isArray(body) ? { ...body, ...params } : body;
}

function reply(route: RestRoute, output: unknown): Response {
  const status = route.status ?? 200;
  if (status === 204) return new Response(null, { status });
  return Response.json(route.reply === "body" ? output : { data: output }, { status });
}

function bind(route: RestRoute): RouteHandler {
  return withApi<Params>(async (request, { ctx, params }) =>
    reply(route, await runOperation(route.operation, ctx, await readInput(route, request, params))),
  );
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
