/**
 * The query parameter a session caller names the organization of an API call with (by slug); the
 * API context honours it (resolve-api-context.ts), and it is no input of the operation.
 */
export const ORG_PARAM = "org";

/** The org slug the request names, if any (the URL is parsed only when it could name one). */
export function orgSlugOf(request: Request): string | null {
  if (!request.url.includes(`${ORG_PARAM}=`)) return null;
  return new URL(request.url).searchParams.get(ORG_PARAM) || null;
}
