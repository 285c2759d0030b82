import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

// Regression (issue 13.5): `/sign-in?next=/%5Cevil.example/x` passed the "starts with / but not //"
// check; browsers read `/\` as `//`, so after signing in the user landed on another origin, and the
// same value went to better-auth as the OAuth callback URL.
describe("safeRedirectPath", () => {
  it.each([
    "/\\evil.example/x",
    "\\\\evil.example",
    "//evil.example/x",
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example/x",
    "javascript:alert(1)",
    // Dot segments resolved by the parser leave `//evil.example` behind.
    "/.//evil.example/x",
    "/%2e//evil.example",
    "/a/..//evil.example",
    "/./\\evil.example",
    "evil.example",
    "",
  ])("refuses %j", (value) => {
    expect(safeRedirectPath(value)).toBe("/");
  });

  it("refuses what the sign-in page receives for next=/%5Cevil.example/x", () => {
    const next = new URLSearchParams("next=/%5Cevil.example/x").get("next");
    expect(next).toBe("/\\evil.example/x");
    expect(safeRedirectPath(next)).toBe("/");
  });

  it("keeps same-origin paths with their query and hash", () => {
    expect(safeRedirectPath("/invite/0193a0b0-0000-7000-8000-000000000000")).toBe(
      "/invite/0193a0b0-0000-7000-8000-000000000000",
    );
    expect(safeRedirectPath("/o/acme/deals?view=board#top")).toBe("/o/acme/deals?view=board#top");
    expect(safeRedirectPath("/%5Cencoded-stays-a-path")).toBe("/%5Cencoded-stays-a-path");
  });

  it("uses the fallback for missing values", () => {
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath(null, "/home")).toBe("/home");
  });
});
