import "server-only";
import { authenticateApiKey } from "@crm/core/modules/api-keys/authenticate-api-key";
import { getMembership } from "@crm/core/modules/orgs/get-membership";
import { listUserOrgs } from "@crm/core/modules/orgs/list-user-orgs";
import { getAuth } from "@crm/core/platform/auth/auth";
import type { Ctx } from "@crm/core/platform/context";
import { env } from "@crm/core/platform/env";
import { AppError } from "@crm/core/platform/errors";
import { assertSameOriginWrite } from "./csrf";

/** Context from `Authorization: Bearer <key>` or the session cookie (active org, else the first). */
export async function resolveApiContext(request: Request): Promise<Ctx> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const ctx = match?.[1] ? await authenticateApiKey(match[1]) : null;
    if (!ctx) throw new AppError("unauthorized", "The API key is invalid or revoked");
    return ctx;
  }
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: request.headers });
  if (!session)
    throw new AppError("unauthorized", "Sign in or send an API key as 'Authorization: Bearer <key>'");
  // The cookie rides along on cross-site requests too: writes must prove they come from this site.
  assertSameOriginWrite(request, env.APP_URL, { development: env.NODE_ENV === "development" });
  const activeOrgId = session.session.activeOrganizationId;
  const membership = activeOrgId ? await getMembership(session.user.id, { id: activeOrgId }) : null;
  if (membership) return { orgId: membership.org.id, userId: session.user.id, role: membership.role };
  const [first] = await listUserOrgs(session.user.id);
  if (!first) throw new AppError("forbidden", "You are not a member of any organization");
  return { orgId: first.id, userId: session.user.id, role: first.role };
}
