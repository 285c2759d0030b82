import { describe, expect, it } from "vitest";
import { companyDomainOfEmail } from "./email-domain";

describe("companyDomainOfEmail", () => {
  it("returns the lowercase domain of a work address", () => {
    expect(companyDomainOfEmail("Jane@Acme.COM")).toBe("acme.com");
    expect(companyDomainOfEmail("jane@sub.acme.co.uk")).toBe("sub.acme.co.uk");
  });

  it("ignores free-mail providers, including their country variants", () => {
    for (const email of [
      "a@gmail.com",
      "a@outlook.com",
      "a@gmx.de",
      "a@web.de",
      "a@yahoo.co.uk",
      "a@hotmail.fr",
    ]) {
      expect(companyDomainOfEmail(email)).toBeNull();
    }
  });

  it("returns null without a usable domain", () => {
    expect(companyDomainOfEmail(null)).toBeNull();
    expect(companyDomainOfEmail("no-at-sign")).toBeNull();
    expect(companyDomainOfEmail("a@localhost")).toBeNull();
  });
});
