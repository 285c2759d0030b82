import "server-only";
import { getMembership } from "@crm/core/modules/orgs/get-membership";
import type { Ctx } from "@crm/core/platform/context";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getSession } from "./session";

/**
 * For pages under /o/[slug]: the signed-in user's context in that org. Not signed in → sign-in;
 * not a member (or no such org) → 404, so other orgs' URLs reveal nothing.
 */
export const requireOrgContext = cache(async (slug: string) => {
  const session = await getSession();
  if (!session) redirect("/sign-in");
  const membership = await getMembership(session.user.id, { slug });
  if (!membership) notFound();
  const ctx: Ctx = { orgId: membership.org.id, userId: session.user.id, role: membership.role };
  return { ctx, org: membership.org, user: session.user, session };
});
