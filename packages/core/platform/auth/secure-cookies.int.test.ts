import { describe, expect, it, vi } from "vitest";
import { createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { getAuth } from "./auth";

// Issue 13.13: behind https (APP_URL https://…) every session cookie must be `Secure`.
vi.hoisted(() => {
  process.env.APP_URL = "https://crm.example.test";
});

useTestDatabase();

describe("session cookies when APP_URL is https", () => {
  it("are Secure, HttpOnly and carry the __Secure- prefix", async () => {
    const org = await createTestOrg("Https");
    const auth = await getAuth();
    const res = await auth.handler(
      new Request("https://crm.example.test/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "https://crm.example.test" },
        body: JSON.stringify({ email: org.email, password: org.password }),
      }),
    );
    expect(res.status).toBe(200);
    const session = res.headers.getSetCookie().find((c) => c.includes("session_token="));
    expect(session).toMatch(/^__Secure-better-auth\.session_token=/);
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
  });
});
