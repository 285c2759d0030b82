import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { accounts, users } from "../../modules/auth/tables";
import { acceptInvitationAsNewUser } from "../../modules/orgs/accept-invitation-as-new-user";
import { invitations } from "../../modules/orgs/tables";
import { createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { newId } from "../ids";
import { getAuth } from "./auth";

// Regression (issue 13.6): with a sign-in provider configured, anyone could create an account through
// it (`disableSignUp` covers email and password only), and `trustedProviders` linked a provider account
// to an existing user on an unverified email claim (Microsoft's `common` tenant issues those).
//
// A stand-in for Microsoft's identity platform over HTTP: better-auth's real Microsoft provider is
// pointed at it with MICROSOFT_AUTHORITY, and runs its real authorization-code exchange against it.
type Claims = { oid: string; email: string; name: string; email_verified?: boolean };
const provider = await vi.hoisted(async () => {
  const http = await import("node:http");
  const claimsByCode = new Map<string, Claims>();
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      const code = new URLSearchParams(body).get("code") ?? "";
      const claims = claimsByCode.get(code);
      if (req.method !== "POST" || !req.url?.endsWith("/common/oauth2/v2.0/token") || !claims) {
        res.writeHead(400, { "content-type": "application/json" }).end('{"error":"invalid_grant"}');
        return;
      }
      const tid = "72f988bf-0000-0000-0000-000000000000";
      const now = Math.floor(Date.now() / 1000);
      const idToken = `${b64({ alg: "RS256", typ: "JWT" })}.${b64({
        ...claims,
        tid,
        iss: `http://127.0.0.1/${tid}/v2.0`,
        aud: "test-client",
        iat: now,
        exp: now + 3600,
      })}.c2lnbmF0dXJl`;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          access_token: `at-${code}`,
          token_type: "Bearer",
          expires_in: 3600,
          id_token: idToken,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  process.env.MICROSOFT_CLIENT_ID = "test-client";
  process.env.MICROSOFT_CLIENT_SECRET = "test-secret";
  process.env.MICROSOFT_TENANT_ID = "common";
  process.env.MICROSOFT_AUTHORITY = `http://127.0.0.1:${port}`;
  return { server, claimsByCode };
});

const db = useTestDatabase();
afterAll(() => new Promise<void>((resolve) => provider.server.close(() => resolve())));

const APP = "http://localhost:3000";

/** The browser's round trip: start at /sign-in/social, come back to /callback/microsoft with a code. */
async function signInWithMicrosoft(claims: Claims) {
  const auth = await getAuth();
  const start = await auth.handler(
    new Request(`${APP}/api/auth/sign-in/social`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: APP },
      body: JSON.stringify({ provider: "microsoft", callbackURL: "/after", errorCallbackURL: "/sign-in" }),
    }),
  );
  expect(start.status).toBe(200);
  const { url } = (await start.json()) as { url: string };
  const authorize = new URL(url);
  expect(authorize.origin + authorize.pathname).toBe(
    `${process.env.MICROSOFT_AUTHORITY}/common/oauth2/v2.0/authorize`,
  );
  const code = newId();
  provider.claimsByCode.set(code, claims);
  const cookie = start.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const callback = await auth.handler(
    new Request(
      `${APP}/api/auth/callback/microsoft?code=${code}&state=${authorize.searchParams.get("state") ?? ""}`,
      { headers: { cookie } },
    ),
  );
  expect(callback.status).toBe(302);
  const location = new URL(callback.headers.get("location") ?? "", APP);
  const signedIn = callback.headers.getSetCookie().some((c) => c.startsWith("better-auth.session_token="));
  return { location, signedIn, error: location.searchParams.get("error") };
}

const userByEmail = async (email: string) =>
  (await db.handle.db.select().from(users).where(eq(users.email, email)))[0];

const microsoftAccounts = async (userId: string) =>
  db.handle.db
    .select()
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, "microsoft")));

async function invite(orgId: string, inviterId: string, email: string): Promise<string> {
  const id = newId();
  await db.handle.db.insert(invitations).values({
    id,
    organizationId: orgId,
    email,
    role: "rep",
    status: "pending",
    inviterId,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  return id;
}

describe("sign-in through a provider (Microsoft, common tenant)", () => {
  it("creates no account for a stranger, however verified their email", async () => {
    const result = await signInWithMicrosoft({
      oid: newId(),
      email: "stranger@example.test",
      name: "Stranger",
      email_verified: true,
    });
    expect(result.signedIn).toBe(false);
    expect(result.location.pathname).toBe("/sign-in");
    expect(result.error).toBe("signup_requires_invitation");
    expect(await userByEmail("stranger@example.test")).toBeUndefined();
  });

  it("creates the account of an invited person whose email the provider verified", async () => {
    const org = await createTestOrg("OAuthInvite");
    await invite(org.orgId, org.userId, "invited@example.test");
    const result = await signInWithMicrosoft({
      oid: newId(),
      email: "Invited@example.test",
      name: "Invited",
      email_verified: true,
    });
    expect(result.error).toBeNull();
    expect(result.signedIn).toBe(true);
    expect(result.location.pathname).toBe("/after");
    const user = await userByEmail("invited@example.test");
    expect(user?.emailVerified).toBe(true);
  });

  it("refuses an invited email the provider did not verify", async () => {
    const org = await createTestOrg("OAuthUnverified");
    await invite(org.orgId, org.userId, "unverified-invitee@example.test");
    const result = await signInWithMicrosoft({
      oid: newId(),
      email: "unverified-invitee@example.test",
      name: "Claimer",
    });
    expect(result.signedIn).toBe(false);
    expect(result.error).toBe("email_not_verified_by_provider");
    expect(await userByEmail("unverified-invitee@example.test")).toBeUndefined();
  });

  it("does not link an existing account on an unverified email claim (takeover)", async () => {
    const victim = await createTestOrg("OAuthVictim");
    const result = await signInWithMicrosoft({ oid: newId(), email: victim.email, name: "Attacker" });
    expect(result.signedIn).toBe(false);
    expect(result.location.pathname).toBe("/sign-in");
    expect(result.error).toBe("account_not_linked");
    expect(await microsoftAccounts(victim.userId)).toEqual([]);
  });

  it("signs an existing user in, linking the provider, when the provider verified the email", async () => {
    const member = await createTestOrg("OAuthMember");
    const oid = newId();
    const first = await signInWithMicrosoft({
      oid,
      email: member.email,
      name: "Admin",
      email_verified: true,
    });
    expect(first.error).toBeNull();
    expect(first.signedIn).toBe(true);
    expect(await microsoftAccounts(member.userId)).toHaveLength(1);
    const again = await signInWithMicrosoft({
      oid,
      email: member.email,
      name: "Admin",
      email_verified: true,
    });
    expect(again.signedIn).toBe(true);
  });

  // Review finding on 13.1/13.6: an admin invites an address that has no account yet, opens the link
  // from the dev mailbox and sets the password; when the real owner later signed in with a provider,
  // the provider was linked to that account and the admin kept a password to it.
  it("does not link a provider to an account made from an invitation link, whose email was never proven", async () => {
    const org = await createTestOrg("OAuthInviteLink");
    const invitationId = await invite(org.orgId, org.userId, "owner@example.test");
    await acceptInvitationAsNewUser({ invitationId, name: "Set by someone", password: "chosen-by-admin-1" });
    const account = await userByEmail("owner@example.test");
    expect(account?.emailVerified).toBe(false);

    const result = await signInWithMicrosoft({
      oid: newId(),
      email: "owner@example.test",
      name: "Real Owner",
      email_verified: true,
    });
    expect(result.signedIn).toBe(false);
    expect(result.location.pathname).toBe("/sign-in");
    // better-auth links only when the local account's email is verified too (requireLocalEmailVerified).
    expect(result.error).toBe("account_not_linked");
    expect(await microsoftAccounts(account?.id ?? "")).toEqual([]);
  });
});
