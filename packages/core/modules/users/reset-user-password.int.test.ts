import { describe, expect, it } from "vitest";
import { getAuth } from "../../platform/auth/auth";
import { AppError } from "../../platform/errors";
import { createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { resetUserPassword } from "./reset-user-password";

useTestDatabase();

const signIn = async (email: string, password: string) => {
  const auth = await getAuth();
  return auth.api.signInEmail({ body: { email, password } }).then(
    () => true,
    () => false,
  );
};

describe("resetUserPassword (crm user:reset-password)", () => {
  it("sets the new password and signs the user out everywhere", async () => {
    const org = await createTestOrg("Reset");
    expect(await signIn(org.email, org.password)).toBe(true); // a session to revoke

    const result = await resetUserPassword({
      email: org.email.toUpperCase(),
      password: "brand-new-password",
    });
    expect(result).toMatchObject({ userId: org.userId, email: org.email });
    expect(result.sessionsRevoked).toBeGreaterThanOrEqual(1);

    expect(await signIn(org.email, org.password)).toBe(false);
    expect(await signIn(org.email, "brand-new-password")).toBe(true);
  });

  it("answers not found for an unknown email and refuses a short password", async () => {
    await expect(
      resetUserPassword({ email: "ghost@example.test", password: "long-enough-1" }),
    ).rejects.toBeInstanceOf(AppError);
    const org = await createTestOrg("Short");
    await expect(resetUserPassword({ email: org.email, password: "short" })).rejects.toThrow();
    expect(await signIn(org.email, org.password)).toBe(true);
  });
});
