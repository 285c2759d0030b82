import { describe, expect, it } from "vitest";
import { createCompanySchema, normalizeDomain } from "./schemas";

describe("normalizeDomain", () => {
  it("reduces URLs and hosts to the bare lowercase domain", () => {
    expect(normalizeDomain("https://www.Acme.COM/about?x=1#top")).toBe("acme.com");
    expect(normalizeDomain("  WWW.acme.co.uk:8443 ")).toBe("acme.co.uk");
    expect(normalizeDomain("user:pw@shop.acme.io/path")).toBe("shop.acme.io");
    expect(normalizeDomain("münchen.de")).toBe("xn--mnchen-3ya.de");
  });

  it("refuses what is not a domain", () => {
    for (const value of ["", "localhost", "not a domain", "http://", "acme"]) {
      expect(normalizeDomain(value)).toBeNull();
    }
  });
});

describe("createCompanySchema", () => {
  it("normalises domain, website and currency and needs a currency with revenue", () => {
    expect(
      createCompanySchema.parse({
        name: "A",
        domain: "",
        website: "acme.com",
        annualRevenue: 1,
        annualRevenueCurrency: "usd",
      }),
    ).toMatchObject({ domain: null, website: "https://acme.com", annualRevenueCurrency: "USD" });
    expect(createCompanySchema.safeParse({ name: "A", annualRevenue: 1 }).success).toBe(false);
    expect(createCompanySchema.safeParse({ name: "A", sizeBand: "huge" }).success).toBe(false);
  });
});
