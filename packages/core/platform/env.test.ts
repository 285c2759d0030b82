import { afterEach, describe, expect, it, vi } from "vitest";
import { parseEnv } from "./env";

// Regression (issue 12.2): APP_URL defaulted to http://localhost:3000 whatever PORT said, so on
// `PORT=3900 npm start` better-auth refused every sign-in with "Invalid origin".
describe("env: APP_URL", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("defaults to localhost on PORT when APP_URL is not set", async () => {
    vi.stubEnv("PORT", "3900");
    vi.stubEnv("APP_URL", "");
    vi.resetModules();
    const { env } = await import("./env");
    expect(env.APP_URL).toBe("http://localhost:3900");
  });

  it("is http://localhost:3000 with neither set, and APP_URL wins when set", () => {
    expect(parseEnv({}).APP_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "3900", APP_URL: "https://crm.example.com/" }).APP_URL).toBe(
      "https://crm.example.com",
    );
  });

  it("refuses an APP_URL that is not http(s)", () => {
    expect(() => parseEnv({ APP_URL: "ftp://crm.example.com" })).toThrow(/APP_URL/);
  });
});
