import { describe, expect, it } from "vitest";
import { convertMinor, convertTotals, currencyDigits, toMinor } from "./money";

describe("currencyDigits", () => {
  it("knows the minor unit exponents", () => {
    expect(currencyDigits("EUR")).toBe(2);
    expect(currencyDigits("JPY")).toBe(0);
    expect(currencyDigits("KWD")).toBe(3);
  });
});

describe("convertMinor", () => {
  it("converts minor units at a rate of major units", () => {
    // €100.00 at 1.08 USD per EUR = $108.00
    expect(convertMinor(10_000, "EUR", "USD", 1.08)).toBe(10_800);
  });

  it("minds the exponents of both currencies (JPY has none, KWD three)", () => {
    // ¥15,000 at 0.0067 USD per JPY = $100.50
    expect(convertMinor(15_000, "JPY", "USD", 0.0067)).toBe(10_050);
    // $100.00 at 150.25 JPY per USD = ¥15,025
    expect(convertMinor(10_000, "USD", "JPY", 150.25)).toBe(15_025);
    // 1.000 KWD at 3.25 USD per KWD = $3.25
    expect(convertMinor(1_000, "KWD", "USD", 3.25)).toBe(325);
  });

  it("rounds half away from zero, also where binary fractions land just below .5", () => {
    expect(convertMinor(1, "EUR", "USD", 1.5)).toBe(2);
    expect(convertMinor(-1, "EUR", "USD", 1.5)).toBe(-2);
    // 100.5 cents: 1005 * 0.1 is 100.49999… in binary floating point
    expect(convertMinor(1005, "EUR", "USD", 0.1)).toBe(101);
  });

  it("leaves the same currency alone", () => {
    expect(convertMinor(12_345, "USD", "USD", 2)).toBe(12_345);
  });

  it("is exact for large sums in integer minor units", () => {
    expect(convertMinor(toMinor(12_345_678_901, "EUR"), "EUR", "USD", 1)).toBe(1_234_567_890_100);
  });
});

describe("convertTotals", () => {
  it("adds up several currencies in the org currency, the ones without a rate apart", () => {
    const total = convertTotals(
      [
        { currency: "USD", value: 100_00, weightedValue: 50_00 },
        { currency: "EUR", value: 200_00, weightedValue: 100_00 },
        { currency: "JPY", value: 30_000, weightedValue: 3_000 },
        { currency: "GBP", value: 10_00, weightedValue: 1_00 },
      ],
      "USD",
      { EUR: 1.1, JPY: 0.0065 },
    );
    // 100 + 220 + 195 = 515 USD; weighted 50 + 110 + 19.50 = 179.50 USD
    expect(total).toEqual({
      currency: "USD",
      value: 515_00,
      weightedValue: 179_50,
      unconverted: [{ currency: "GBP", value: 10_00, weightedValue: 1_00 }],
    });
  });

  it("gives zero and nothing unconverted for no parts", () => {
    expect(convertTotals([], "EUR", {})).toEqual({
      currency: "EUR",
      value: 0,
      weightedValue: 0,
      unconverted: [],
    });
  });

  it("treats a zero or negative rate as no rate", () => {
    expect(convertTotals([{ currency: "EUR", value: 5 }], "USD", { EUR: 0 }).unconverted).toEqual([
      { currency: "EUR", value: 5, weightedValue: 0 },
    ]);
  });
});
