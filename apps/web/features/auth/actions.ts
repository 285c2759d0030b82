"use server";
import { acceptInvitationAsNewUser } from "@crm/core/modules/orgs/accept-invitation-as-new-user";
import { createOrgWithAdmin } from "@crm/core/modules/orgs/create-org-with-admin";
import type { AcceptInvitationAsNewUserInput, CreateOrgWithAdminInput } from "@crm/core/modules/orgs/schemas";
import { getAuth } from "@crm/core/platform/auth/auth";
import { headers } from "next/headers";
import { runAction } from "@/lib/actions";

async function signIn(email: string, password: string) {
  const auth = await getAuth();
  // nextCookies() in the auth config sets the session cookie on this action's response.
  await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
}

/** First visit of a fresh install: the organization and its admin, then signed in. */
export async function setupAction(input: CreateOrgWithAdminInput) {
  return runAction(async () => {
    const created = await createOrgWithAdmin(input, { onlyIfFirst: true });
    await signIn(String(input.email).trim().toLowerCase(), input.password);
    return { slug: created.slug };
  });
}

/** Invitation link opened by someone without an account. */
export async function acceptInvitationAsNewUserAction(input: AcceptInvitationAsNewUserInput) {
  return runAction(async () => {
    const joined = await acceptInvitationAsNewUser(input);
    await signIn(joined.email, input.password);
    return { slug: joined.orgSlug };
  });
}
