"use server";
import { acceptInvitationAsNewUser } from "@crm/core/modules/orgs/accept-invitation-as-new-user";
import { createOrgWithAdmin } from "@crm/core/modules/orgs/create-org-with-admin";
import type { AcceptInvitationAsNewUserInput, CreateOrgWithAdminInput } from "@crm/core/modules/orgs/schemas";
import { loadSampleData } from "@crm/core/modules/seed/demo-data";
import { SEED_LANGUAGES, type SeedLanguage } from "@crm/core/modules/seed/text-templates";
import { getAuth } from "@crm/core/platform/auth/auth";
import { headers } from "next/headers";
import { z } from "zod";
import { runAction } from "@/lib/actions";
import { resolveLocale } from "@/lib/locale";

const sampleLanguage = (locale: string): SeedLanguage =>
  SEED_LANGUAGES.includes(locale as SeedLanguage) ? (locale as SeedLanguage) : "en";

async function signIn(email: string, password: string) {
  const auth = await getAuth();
  // nextCookies() in the auth config sets the session cookie on this action's response.
  await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
}

const setupOptionsSchema = z.object({ sampleData: z.boolean().default(false) });

/** First visit of a fresh install: the organization and its admin (optionally with demo data), then signed in. */
export async function setupAction(
  input: CreateOrgWithAdminInput,
  options?: z.input<typeof setupOptionsSchema>,
) {
  return runAction("setup.createOrg", async () => {
    const { sampleData } = setupOptionsSchema.parse(options ?? {});
    const created = await createOrgWithAdmin(input, { onlyIfFirst: true });
    // The sample notes, calls and emails in the language the setup page is shown in.
    if (sampleData) await loadSampleData(created.orgId, undefined, sampleLanguage(await resolveLocale()));
    await signIn(String(input.email).trim().toLowerCase(), input.password);
    return { slug: created.slug };
  });
}

/** Invitation link opened by someone without an account. */
export async function acceptInvitationAsNewUserAction(input: AcceptInvitationAsNewUserInput) {
  return runAction("invitations.acceptAsNewUser", async () => {
    const joined = await acceptInvitationAsNewUser(input);
    await signIn(joined.email, input.password);
    return { slug: joined.orgSlug };
  });
}
