// Pure (no "server-only"): unit-tested with plain Requests.
import { AppError } from "@crm/core/platform/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Routes that take file uploads as multipart/form-data (the import upload form posts here). */
const MULTIPART_ROUTES = [/^\/api\/v1\/imports\/?$/];

const mediaType = (request: Request): string | null =>
  request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() || null;

const isJson = (type: string) => type === "application/json" || /^application\/[\w.+-]+\+json$/.test(type);

/**
 * The origin the request was sent to, as the browser saw it (Host header, else the URL). Trusted in
 * development only, as better-auth does: in production the Host header is whatever the client sent.
 */
function ownOrigin(request: Request): string | null {
  try {
    const url = new URL(request.url);
    const host = request.headers.get("host");
    return host ? `${url.protocol}//${host}` : url.origin;
  } catch {
    return null;
  }
}

function hasBody(request: Request): boolean {
  const length = request.headers.get("content-length");
  if (length !== null) return length.trim() !== "0";
  return request.headers.has("transfer-encoding") || request.body !== null;
}

/**
 * CSRF guard for /api/v1 writes authenticated by the session cookie (API keys are not sent by
 * browsers on their own, so they need none): the request must come from this site — an `Origin` of
 * APP_URL (in development also of the host it was sent to), or `Sec-Fetch-Site: same-origin` when a
 * browser sent no Origin — and carry JSON (multipart only on upload routes). SameSite=Lax alone let a sibling
 * subdomain or another port on the host post forms and `text/plain` bodies that created records.
 */
export function assertSameOriginWrite(
  request: Request,
  appUrl: string,
  options: { development?: boolean } = {},
): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;

  const origin = request.headers.get("origin");
  if (origin !== null) {
    const allowed = [new URL(appUrl).origin, ...(options.development ? [ownOrigin(request)] : [])];
    if (origin === "null" || !allowed.includes(origin)) {
      throw new AppError(
        "forbidden",
        `Cross-origin request refused: a request signed in with the session cookie must come from ${allowed[0]}, not from ${origin}. Other programs authenticate with an API key ('Authorization: Bearer <key>').`,
      );
    }
  } else if (request.headers.get("sec-fetch-site") !== "same-origin") {
    throw new AppError(
      "forbidden",
      "Missing Origin header: a write signed in with the session cookie must send the Origin header of this site (browsers do). Other programs authenticate with an API key ('Authorization: Bearer <key>').",
    );
  }

  const type = mediaType(request);
  if (type === null && !hasBody(request)) return;
  if (type !== null && isJson(type)) return;
  const path = new URL(request.url).pathname;
  if (type === "multipart/form-data" && MULTIPART_ROUTES.some((route) => route.test(path))) return;
  throw new AppError(
    "forbidden",
    `Content-Type ${type ?? "(none)"} refused: a write signed in with the session cookie must send application/json${MULTIPART_ROUTES.some((route) => route.test(path)) ? " or multipart/form-data" : ""}.`,
  );
}
