import { describe, expect, it } from "vitest";
import de from "../messages/de/index";
import en from "../messages/en/index";
import { authErrorKey } from "./auth-errors";

// Regression (issue 12.2): on PORT=3900 without APP_URL, better-auth refused the invitation with
// 403 INVALID_ORIGIN and the dialog said "Your role does not allow this." to an admin.
describe("authErrorKey", () => {
  it("shows an origin failure as what it is, not as a missing permission", () => {
    expect(authErrorKey({ code: "INVALID_ORIGIN", status: 403, message: "Invalid origin" })).toBe(
      "errors.invalidOrigin",
    );
    expect(authErrorKey({ code: "MISSING_OR_NULL_ORIGIN", status: 403 })).toBe("errors.invalidOrigin");
  });

  it("keeps a real 403 a permission message, and unknown errors their own text", () => {
    expect(
      authErrorKey({ code: "YOU_ARE_NOT_ALLOWED_TO_INVITE_USERS_TO_THIS_ORGANIZATION", status: 403 }),
    ).toBe("errors.forbidden");
    expect(authErrorKey({ status: 400, message: "Bad" })).toBeNull();
  });

  it("has the origin message in English and German, naming the origin and APP_URL", () => {
    for (const messages of [en, de]) {
      expect(messages.errors.invalidOrigin).toContain("{origin}");
      expect(messages.errors.invalidOrigin).toContain("APP_URL");
    }
  });
});
