import { describe, expect, it } from "vitest";
import { countryForTimeZone, parseCountry, toE164 } from "./phone-key";

describe("toE164", () => {
  it("reads a national number with the default country and an international one as written", () => {
    expect(toE164("+49 30 1234567", "DE")).toBe("+49301234567");
    expect(toE164("030 1234567", "DE")).toBe("+49301234567");
    expect(toE164("(030) 123-4567", "DE")).toBe("+49301234567");
    expect(toE164("+49 30 1234567", "US")).toBe("+49301234567");
  });

  it("gives different numbers for different countries and null for garbage", () => {
    expect(toE164("030 1234567", "AT")).not.toBe("+49301234567");
    expect(toE164("12", "DE")).toBeNull();
    expect(toE164("call me", "DE")).toBeNull();
  });
});

describe("default country", () => {
  it("comes from the org's time zone, US otherwise", () => {
    expect(countryForTimeZone("Europe/Berlin")).toBe("DE");
    expect(countryForTimeZone("UTC")).toBe("US");
    expect(parseCountry("de")).toBe("DE");
    expect(parseCountry("XX")).toBeNull();
  });
});
