import type { Database } from "../../db/client";
import { hasPendingInvitation } from "../../modules/orgs/has-pending-invitation";

type UserInfo = { email?: string | null; emailVerified?: boolean | null };
type Source = { action: "create-user" | "link-account" | "sign-in"; method: string };
type Refusal = { error: string; errorDescription: string };

export const OAUTH_NO_INVITATION = "signup_requires_invitation";
export const OAUTH_EMAIL_NOT_VERIFIED = "email_not_verified_by_provider";

/**
 * better-auth's `user.validateUserInfo` gate for sign-ins through Google, GitHub or Microsoft.
 * `disableSignUp` covers email and password only, so without this anyone could create an account
 * (then an organization) through a provider. An account comes from a provider only for an email
 * with an open invitation, and only when the provider says it verified that email; linking a
 * provider to an existing account needs the same verified email (Microsoft's `common` tenant
 * hands out unverified `email` claims).
 */
export function oauthUserPolicy(db: Database) {
  return async ({ user, source }: { user: UserInfo; source: Source }): Promise<Refusal | undefined> => {
    if (source.method !== "oauth" || source.action === "sign-in") return undefined;
    if (user.emailVerified !== true) {
      return {
        error: OAUTH_EMAIL_NOT_VERIFIED,
        errorDescription: "The sign-in provider has not verified this email address.",
      };
    }
    if (source.action === "create-user" && !(user.email && (await hasPendingInvitation(db, user.email)))) {
      return {
        error: OAUTH_NO_INVITATION,
        errorDescription:
          "There is no account for this email address. Ask an administrator for an invitation.",
      };
    }
    return undefined;
  };
}
