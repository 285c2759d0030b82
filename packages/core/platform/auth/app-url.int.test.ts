import { describe, expect, it, vi } from "vitest";
import { createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { getAuth } from "./auth";

// Regression (issue 12.2): with `PORT=3900` and no APP_URL, APP_URL stayed http://localhost:3000 and
// better-auth answered every sign-in from the page the browser had open with "Invalid origin".
vi.hoisted(() => {
  process.env.PORT = "3900";
  delete process.env.APP_URL;
});

useTestDatabase();

const signIn = async (origin: string, email: string, password: string) => {
  const auth = await getAuth();
  return auth.handler(
    new Request(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      // A browser that has visited the page sends a cookie (better-auth checks the origin then).
      headers: {
        "content-type": "application/json",
        origin,
        cookie: "crm-locale=en",
        host: new URL(origin).host,
      },
      body: JSON.stringify({ email, password }),
    }),
  );
};

describe("APP_URL derived from PORT", () => {
  it("signs in from http://localhost:$PORT without APP_URL, with a cookie that is not Secure on http", async () => {
    const org = await createTestOrg("Port");
    const res = await signIn("http://localhost:3900", org.email, org.password);
    expect(res.status).toBe(200);
    const cookies = res.headers.getSetCookie();
    expect(cookies.some((c) => c.startsWith("better-auth.session_token="))).toBe(true);
    expect(cookies.join("\n")).not.toMatch(/;\s*Secure/i);
  });

  it("still refuses another origin, as an origin failure", async () => {
    const org = await createTestOrg("Elsewhere");
    const res = await signIn("http://localhost:3000", org.email, org.password);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code?: string }).code).toBe("INVALID_ORIGIN");
  });
});
