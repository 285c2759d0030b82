// /sign-in – email + password, and OAuth providers that are configured
import { isInstalled } from "@crm/core/modules/orgs/is-installed";
import { oauthProviders } from "@crm/core/platform/env";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/features/auth/sign-in-form";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { getSession } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

/** better-auth's `?error=` after a refused provider sign-in, as the message to show. */
const OAUTH_ERRORS: ReadonlyMap<string, "oauthNoInvitation" | "oauthNotVerified" | "oauthAccountUnproven"> =
  new Map([
    ["signup_requires_invitation", "oauthNoInvitation"],
    ["email_not_verified_by_provider", "oauthNotVerified"],
    ["account_not_linked", "oauthNotVerified"],
    ["account_email_unproven", "oauthAccountUnproven"],
  ]);

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; error?: string }>;
}) {
  if (!(await isInstalled())) redirect("/setup");
  if (await getSession()) redirect("/");
  const { next, error } = await searchParams;
  const t = await getTranslations("auth");
  const oauthError = error ? t(OAUTH_ERRORS.get(error) ?? "oauthFailed") : null;
  const providers = Object.entries(oauthProviders)
    .filter(([, enabled]) => enabled)
    .map(([id]) => id as keyof typeof oauthProviders);
  return <SignInForm providers={providers} next={safeRedirectPath(next)} initialError={oauthError} />;
}
