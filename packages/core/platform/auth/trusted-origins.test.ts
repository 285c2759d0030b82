import { describe, expect, it } from "vitest";
import { trustedOriginsFor } from "./trusted-origins";

const request = new Request("http://localhost:3900/api/auth/sign-in/email", {
  method: "POST",
  headers: { host: "localhost:3900" },
});

// Regression (issue 12.2): a dev server on another port than APP_URL answered "Invalid origin".
describe("trustedOriginsFor", () => {
  it("accepts the request's own origin in development", () => {
    expect(trustedOriginsFor({ APP_URL: "http://localhost:3000", NODE_ENV: "development" }, request)).toEqual(
      ["http://localhost:3000", "http://localhost:3900"],
    );
  });

  it("accepts only APP_URL in production and tests", () => {
    for (const NODE_ENV of ["production", "test"] as const) {
      expect(trustedOriginsFor({ APP_URL: "https://crm.example.com", NODE_ENV }, request)).toEqual([
        "https://crm.example.com",
      ]);
    }
  });
});
