import { AppError } from "@crm/core/platform/errors";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@crm/core/platform/validation";

/**
 * The query parameter a session caller names the organization of an API call with (by slug); the
 * API context honours it (resolve-api-context.ts), and it is no input of the operation.
 */
export const ORG_PARAM = "org";

/**
 * The org slug the request names, if any (the URL is parsed only when it could name one). It is read
 * before the query is checked, so text PostgreSQL cannot hold is refused here (422), not in the lookup.
 */
export function orgSlugOf(request: Request): string | null {
  if (!request.url.includes(`${ORG_PARAM}=`)) return null;
  const slug = new URL(request.url).searchParams.get(ORG_PARAM) || null;
  if (slug !== null && !isStorableText(slug)) {
    throw new AppError("unprocessable", "The org parameter must not contain U+0000 or a lone surrogate", {
      fieldErrors: { [ORG_PARAM]: [UNSTORABLE_TEXT_MESSAGE] },
    });
  }
  return slug;
}
