import { describe, expect, it } from "vitest";
import { csvField, csvLine, guardFormula } from "./csv";

describe("csv", () => {
  it("quotes fields with commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvLine(["plain", "a,b", 'say "hi"', "two\nlines", "cr\rlf"])).toBe(
      'plain,"a,b","say ""hi""","two\nlines","cr\rlf"\r\n',
    );
  });

  it("writes empty values, numbers, booleans and dates as ISO UTC", () => {
    expect(csvLine([null, undefined, 12.5, -3, true, new Date("2026-01-02T03:04:05.678Z")])).toBe(
      ",,12.5,-3,true,2026-01-02T03:04:05.678Z\r\n",
    );
  });

  it("defuses text a spreadsheet would run as a formula, but not negative numbers", () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField("+1 555")).toBe("'+1 555");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(guardFormula("\t=1")).toBe("'\t=1");
    expect(csvField(-42)).toBe("-42");
    expect(csvField("a=b")).toBe("a=b");
  });
});
