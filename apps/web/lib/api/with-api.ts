import "server-only";
import { randomUUID } from "node:crypto";
import type { Ctx } from "@crm/core/platform/context";
import { env } from "@crm/core/platform/env";
import { getRequestRateLimiter } from "@crm/core/platform/rate-limit/request-rate-limiter";
import { runWithRequestScope, setRequestScopeIds } from "@crm/core/platform/request-context";
import { checkPathParams, checkQuery } from "./check-input";
import { problem, problemFromError } from "./problem";
import { assertDeclaredBodySize } from "./read-json-body";
import { resolveApiContext } from "./resolve-api-context";

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (request: Request, args: { ctx: Ctx; params: P }) => Promise<Response>;

/**
 * The one wrapper for /api/v1 routes: request id, authentication (API key or session),
 * per-caller rate limit with RateLimit headers, and errors as problem+json.
 */
export function withApi<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, route: RouteContext<P>): Promise<Response> => {
    const requestId = request.headers.get("x-request-id") ?? randomUUID();
    return runWithRequestScope({ requestId }, async () => {
      let response: Response;
      try {
        const ctx = await resolveApiContext(request);
        setRequestScopeIds({ orgId: ctx.orgId, userId: ctx.userId ?? undefined });
        const limit = getRequestRateLimiter().consume({
          key: ctx.apiKeyId ? `api:key:${ctx.apiKeyId}` : `api:user:${ctx.userId}`,
          limit: env.API_RATE_LIMIT_PER_MINUTE,
          windowSeconds: 60,
        });
        const rateHeaders = {
          "ratelimit-limit": String(limit.limit),
          "ratelimit-remaining": String(limit.remaining),
          "ratelimit-reset": String(limit.resetSeconds),
        };
        if (!limit.allowed) {
          response = problem(429, `Rate limit of ${limit.limit} requests per minute exceeded`, {
            headers: { ...rateHeaders, "retry-after": String(limit.resetSeconds) },
          });
        } else {
          checkQuery(request);
          assertDeclaredBodySize(request);
          response = await handler(request, { ctx, params: checkPathParams(await route.params) });
          for (const [name, value] of Object.entries(rateHeaders)) response.headers.set(name, value);
        }
      } catch (error) {
        response = problemFromError(error);
      }
      response.headers.set("x-request-id", requestId);
      return response;
    });
  };
}
