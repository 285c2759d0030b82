import { describe, expect, it } from "vitest";
import { amountText, amountTextSchema, amountToMinor, currencyCode } from "./money";

describe("money inputs", () => {
  it("accepts an empty amount or a number that is not negative", () => {
    for (const ok of ["", "  ", "0", "12.5", "48000"])
      expect(amountTextSchema.safeParse(ok).success).toBe(true);
    for (const bad of ["-1", "abc", "1,5"]) expect(amountTextSchema.safeParse(bad).success).toBe(false);
  });

  it("turns the typed amount into minor units of the currency, empty into null", () => {
    expect(amountToMinor("12.5", "EUR")).toBe(1250);
    expect(amountToMinor("1200", "JPY")).toBe(1200);
    expect(amountToMinor(" ", "EUR")).toBeNull();
  });

  it("shows a stored amount in major units and nothing for none", () => {
    expect(amountText(1250, "EUR")).toBe("12.5");
    expect(amountText(null, "EUR")).toBe("");
    expect(amountText(undefined, "USD")).toBe("");
  });

  it("reads the currency code as typed", () => {
    expect(currencyCode(" eur ")).toBe("EUR");
  });
});
