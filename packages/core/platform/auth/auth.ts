import { type BetterAuthPlugin, betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { organization } from "better-auth/plugins";
import { type Database, getDb } from "../../db/client";
import { restrictMemberApiKeys } from "../../modules/api-keys/restrict-member-api-keys";
import { accounts, sessions, users, verifications } from "../../modules/auth/tables";
import { sendMail } from "../../modules/mail/send-mail";
import { composeInvitationMail } from "../../modules/mail/templates/invitation-mail";
import { composePasswordResetMail } from "../../modules/mail/templates/password-reset-mail";
import { roleSchema } from "../../modules/orgs/schemas";
import { invitations, members, organizations } from "../../modules/orgs/tables";
import { env } from "../env";
import { newId } from "../ids";
import {
  clearSignInFailures,
  getSignInLockSeconds,
  recordSignInFailure,
} from "../rate-limit/sign-in-throttle";
import { getAuthSecret } from "../secrets";
import { ac, roles } from "./access";
import { auditAuthWrite, isAuditedAuthPath } from "./audit-auth-writes";
import { oauthUserPolicy } from "./oauth-user-policy";
import { trustedOriginsFor } from "./trusted-origins";

export const SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED";

const throttled = (seconds: number) =>
  new APIError("TOO_MANY_REQUESTS", {
    message: `Too many failed sign-in attempts. Try again in ${seconds} s.`,
    code: SIGN_IN_THROTTLED,
    retryAfterSeconds: seconds,
  });

// better-auth answers with the endpoint's own status (401) when an after hook throws, so the failed
// attempt that sets the lock would reach the client as 401 with the throttle body; restore its 429.
const throttledStatus = {
  id: "sign-in-throttled-status",
  onResponse: async (response: Response) => {
    if (response.status !== 401) return;
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => null);
    if (!body || typeof body !== "object" || !("code" in body) || body.code !== SIGN_IN_THROTTLED) return;
    return { response: new Response(response.body, { status: 429, headers: response.headers }) };
  },
} satisfies BetterAuthPlugin;

const bodyString = (body: unknown, name: string): string | null => {
  const value = body && typeof body === "object" ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === "string" ? value : null;
};
const bodyEmail = (body: unknown): string | null => bodyString(body, "email");

function socialProviders() {
  return {
    ...(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET
      ? { google: { clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET } }
      : {}),
    ...(env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET
      ? { github: { clientId: env.GITHUB_CLIENT_ID, clientSecret: env.GITHUB_CLIENT_SECRET } }
      : {}),
    ...(env.MICROSOFT_CLIENT_ID && env.MICROSOFT_CLIENT_SECRET
      ? {
          microsoft: {
            clientId: env.MICROSOFT_CLIENT_ID,
            clientSecret: env.MICROSOFT_CLIENT_SECRET,
            tenantId: env.MICROSOFT_TENANT_ID ?? "common",
            ...(env.MICROSOFT_AUTHORITY ? { authority: env.MICROSOFT_AUTHORITY } : {}),
            // The photo would be one more call to Microsoft Graph per sign-in; the CRM shows none.
            disableProfilePhoto: true,
          },
        }
      : {}),
  };
}

export function createAuth(db: Database) {
  return betterAuth({
    appName: "CRM",
    baseURL: env.APP_URL,
    secret: getAuthSecret(),
    trustedOrigins: (request) => trustedOriginsFor(env, request),
    telemetry: { enabled: false },
    // Sign-in throttling is ours (PostgreSQL-backed, per email); the API has its own per-key limit.
    rateLimit: { enabled: false },
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: users,
        session: sessions,
        account: accounts,
        verification: verifications,
        organization: organizations,
        member: members,
        invitation: invitations,
      },
    }),
    advanced: {
      database: { generateId: () => newId() },
      // Decided by APP_URL alone: `Secure` (and the __Secure- prefix) exactly when it is https.
      useSecureCookies: env.APP_URL.startsWith("https://"),
      // better-auth skips its origin check when NODE_ENV=test; tests must see what production does.
      disableOriginCheck: false,
    },
    user: {
      additionalFields: { locale: { type: "string", required: false, input: true } },
      // Providers sign in existing users and invited ones, with emails they verified (issue 13.6).
      validateUserInfo: oauthUserPolicy(db),
    },
    emailAndPassword: {
      enabled: true,
      // Accounts come from the setup page, invitations and the CLI; there is no public sign-up.
      disableSignUp: true,
      minPasswordLength: 8,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) => {
        const mail = await composePasswordResetMail({
          email: user.email,
          locale: (user as { locale?: string | null }).locale,
          link: url,
        });
        await sendMail({ to: user.email, ...mail, link: url, recipientOnly: true });
      },
    },
    socialProviders: socialProviders(),
    // No trustedProviders: they would link a provider account to an existing user on an unverified
    // email claim (Microsoft's `common` tenant issues those).
    account: { accountLinking: { enabled: true } },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = bodyEmail(ctx.body);
        if (!email) return;
        const seconds = await getSignInLockSeconds(db, email);
        if (seconds > 0) throw throttled(seconds);
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/organization/leave" && !(ctx.context.returned instanceof APIError)) {
          // Leaving runs no organization hook: the keys the member made go with them here.
          const session = ctx.context.session ?? (await getSessionFromCtx(ctx));
          const orgId = bodyString(ctx.body, "organizationId");
          if (session && orgId) await restrictMemberApiKeys({ orgId, userId: session.user.id, role: null });
          return;
        }
        if (isAuditedAuthPath(ctx.path)) {
          if (ctx.context.returned instanceof APIError) return;
          // The endpoint's session is not handed to after-hooks: read it from the request again.
          const session = ctx.context.session ?? (await getSessionFromCtx(ctx));
          await auditAuthWrite(db, {
            path: ctx.path,
            body: ctx.body,
            returned: ctx.context.returned,
            userId: session?.user.id,
            activeOrgId: session?.session.activeOrganizationId ?? undefined,
          });
          return;
        }
        if (ctx.path !== "/sign-in/email") return;
        const email = bodyEmail(ctx.body);
        if (!email) return;
        const returned = ctx.context.returned;
        if (returned instanceof APIError) {
          if (returned.statusCode !== 401) return;
          const lockedFor = await recordSignInFailure(db, email);
          if (lockedFor > 0) throw throttled(lockedFor);
          return;
        }
        await clearSignInFailures(db, email);
      }),
    },
    plugins: [
      organization({
        ac,
        roles,
        creatorRole: "admin",
        allowUserToCreateOrganization: true,
        // Deleting an organization would cascade all its data; it is not offered until GDPR tooling exists.
        disableOrganizationDeletion: true,
        invitationExpiresIn: 7 * 24 * 60 * 60,
        cancelPendingInvitationsOnReInvite: true,
        // A member's API keys never outlive their membership nor exceed their role.
        organizationHooks: {
          afterRemoveMember: async ({ member, organization }) => {
            await restrictMemberApiKeys({ orgId: organization.id, userId: member.userId, role: null });
          },
          afterUpdateMemberRole: async ({ member, organization }) => {
            const role = roleSchema.safeParse(member.role);
            await restrictMemberApiKeys({
              orgId: organization.id,
              userId: member.userId,
              role: role.success ? role.data : "readonly",
            });
          },
        },
        sendInvitationEmail: async (data) => {
          const link = `${env.APP_URL}/invite/${data.id}`;
          const mail = await composeInvitationMail({
            inviterName: data.inviter.user.name,
            orgName: data.organization.name,
            role: data.role,
            locale: (data.inviter.user as { locale?: string | null }).locale,
            link,
          });
          await sendMail({ to: data.email, orgId: data.organization.id, ...mail, link });
        },
      }),
      throttledStatus,
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const KEY = Symbol.for("crm.auth");
type Holder = { [KEY]?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  const holder = globalThis as Holder;
  holder[KEY] ??= getDb().then(createAuth);
  return holder[KEY];
}

/** Tests swap databases between files; they reset the auth instance with it. */
export function resetAuth(): void {
  (globalThis as Holder)[KEY] = undefined;
}
