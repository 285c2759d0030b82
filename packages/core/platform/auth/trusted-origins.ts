import type { Env } from "../env";

/** The origin the request was addressed to (Host header), as the browser sees it. */
function requestOrigin(request: Request): string | null {
  const host = request.headers.get("host");
  try {
    const url = new URL(request.url);
    return host ? `${url.protocol}//${host}` : url.origin;
  } catch {
    return null;
  }
}

/**
 * Origins better-auth accepts for cookie-carrying writes: APP_URL's, and in development also the
 * request's own (a dev server started on another port or host than APP_URL says).
 */
export function trustedOriginsFor(config: Pick<Env, "APP_URL" | "NODE_ENV">, request?: Request): string[] {
  const origins = [new URL(config.APP_URL).origin];
  if (config.NODE_ENV === "development" && request) {
    const own = requestOrigin(request);
    if (own && !origins.includes(own)) origins.push(own);
  }
  return origins;
}
