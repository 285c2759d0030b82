import { describe, expect, it } from "vitest";
import { formatMoney } from "./format";

describe("formatMoney", () => {
  it("drops the cents of whole amounts and shows all of them otherwise", () => {
    expect(formatMoney(120000, "USD", "en-US")).toBe("$1,200");
    expect(formatMoney(1250, "USD", "en-US")).toBe("$12.50");
    expect(formatMoney(1205, "EUR", "de-DE")).toBe("12,05\u00a0€");
    expect(formatMoney(500, "JPY", "en-US")).toBe("¥500");
  });
});
