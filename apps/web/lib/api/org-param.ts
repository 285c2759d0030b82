import "server-only";
import { getMembership } from "@crm/core/modules/orgs/get-membership";
import type { Ctx } from "@crm/core/platform/context";
import { AppError } from "@crm/core/platform/errors";

/** The query parameter a session caller names the organization with. */
export const ORG_PARAM = "org";

/**
 * The org an API request is for. The app's pages link with `?org=<slug>` because a session's active
 * org may be another tab's; the caller must be a member there (404 otherwise). An API key is bound
 * to its org and ignores the parameter.
 */
export async function scopeToOrgParam(ctx: Ctx, url: URL): Promise<Ctx> {
  const slug = url.searchParams.get(ORG_PARAM);
  if (!slug || ctx.apiKeyId || !ctx.userId) return ctx;
  const membership = await getMembership(ctx.userId, { slug });
  if (!membership) throw new AppError("not_found", "Organization not found");
  return { orgId: membership.org.id, userId: ctx.userId, role: membership.role };
}
