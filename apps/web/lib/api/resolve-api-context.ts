import "server-only";
import { authenticateApiKey } from "@crm/core/modules/api-keys/authenticate-api-key";
import { findOrgIdBySlug } from "@crm/core/modules/orgs/find-org-id-by-slug";
import { getMembership } from "@crm/core/modules/orgs/get-membership";
import { listUserOrgs } from "@crm/core/modules/orgs/list-user-orgs";
import { getAuth } from "@crm/core/platform/auth/auth";
import type { Ctx } from "@crm/core/platform/context";
import { env } from "@crm/core/platform/env";
import { AppError } from "@crm/core/platform/errors";
import { assertSameOriginWrite } from "./csrf";
import { orgSlugOf } from "./org-param";

/**
 * Context from `Authorization: Bearer <key>` or the session cookie. A session's org is the one
 * `?org=<slug>` names (404 unless the caller is a member there: a tab's links name their org,
 * whichever org another tab made active), else the active org, else the first. A key is bound to
 * its org: naming another one is a 403.
 */
export async function resolveApiContext(request: Request): Promise<Ctx> {
  const orgSlug = orgSlugOf(request);
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const ctx = match?.[1] ? await authenticateApiKey(match[1]) : null;
    if (!ctx) throw new AppError("unauthorized", "The API key is invalid or revoked");
    if (orgSlug && (await findOrgIdBySlug(orgSlug)) !== ctx.orgId) {
      throw new AppError("forbidden", "This API key belongs to another organization: leave out ?org");
    }
    return ctx;
  }
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: request.headers });
  if (!session)
    throw new AppError("unauthorized", "Sign in or send an API key as 'Authorization: Bearer <key>'");
  // The cookie rides along on cross-site requests too: writes must prove they come from this site.
  assertSameOriginWrite(request, env.APP_URL, { development: env.NODE_ENV === "development" });
  if (orgSlug) {
    const named = await getMembership(session.user.id, { slug: orgSlug });
    if (!named) throw new AppError("not_found", "Organization not found");
    return { orgId: named.org.id, userId: session.user.id, role: named.role };
  }
  const activeOrgId = session.session.activeOrganizationId;
  const membership = activeOrgId ? await getMembership(session.user.id, { id: activeOrgId }) : null;
  if (membership) return { orgId: membership.org.id, userId: session.user.id, role: membership.role };
  const [first] = await listUserOrgs(session.user.id);
  if (!first) throw new AppError("forbidden", "You are not a member of any organization");
  return { orgId: first.id, userId: session.user.id, role: first.role };
}
