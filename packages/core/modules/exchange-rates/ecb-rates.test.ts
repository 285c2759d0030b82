import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ecbRatesTo, fetchEcbDailyRates, parseEcbDailyXml } from "./ecb-rates";

const fixture = readFileSync(new URL("./fixtures/eurofxref-daily.xml", import.meta.url), "utf8");

describe("parseEcbDailyXml", () => {
  it("reads the day and every currency's rate per euro from the ECB's daily file", () => {
    const parsed = parseEcbDailyXml(fixture);
    expect(parsed.date).toBe("2026-12-04");
    expect(Object.keys(parsed.perEuro)).toHaveLength(30);
    expect(parsed.perEuro.USD).toBe(1.08);
    expect(parsed.perEuro.JPY).toBe(162);
    expect(parsed.perEuro.IDR).toBe(16812.55);
  });

  it("accepts double quotes too", () => {
    const xml = `<Cube><Cube time="2026-01-02"><Cube currency="USD" rate="1.1"/></Cube></Cube>`;
    expect(parseEcbDailyXml(xml)).toEqual({ date: "2026-01-02", perEuro: { USD: 1.1 } });
  });

  it("refuses a file without a day or without rates (an error page, a login wall)", () => {
    expect(() => parseEcbDailyXml("<html><body>Service unavailable</body></html>")).toThrow(/not the ECB/);
    expect(() => parseEcbDailyXml(`<Cube time='2026-01-02'></Cube>`)).toThrow(/not the ECB/);
  });
});

describe("ecbRatesTo", () => {
  const ecb = parseEcbDailyXml(fixture);

  it("gives a EUR org the ECB rates inverted: what one unit of each currency is worth in euros", () => {
    const rates = ecbRatesTo("EUR", ecb);
    expect(rates).toHaveLength(30);
    expect(rates.find((r) => r.currency === "USD")?.rate).toBe(0.9259259259);
    expect(rates.some((r) => r.currency === "EUR")).toBe(false);
  });

  it("crosses through the euro for another org currency, with EUR itself among the rates", () => {
    const rates = ecbRatesTo("USD", ecb);
    expect(rates.find((r) => r.currency === "EUR")?.rate).toBe(1.08);
    // 1 GBP = 1.08 / 0.864 USD
    expect(rates.find((r) => r.currency === "GBP")?.rate).toBe(1.25);
    // 1 JPY = 1.08 / 162 USD
    expect(rates.find((r) => r.currency === "JPY")?.rate).toBe(0.006666666667);
    expect(rates.some((r) => r.currency === "USD")).toBe(false);
  });

  it("refuses an org currency the ECB does not quote", () => {
    expect(() => ecbRatesTo("KWD", ecb)).toThrow(/no rate for KWD/);
  });
});

describe("fetchEcbDailyRates", () => {
  // The URL can be pointed elsewhere (CLI, tests): it goes through the outbound guard, so by
  // default it never reaches this machine or the cloud metadata service. (The real fetch against a
  // local server, with private hosts allowed, is in exchange-rates.int.test.ts.)
  it("refuses a loopback or metadata URL without connecting", async () => {
    await expect(fetchEcbDailyRates("http://127.0.0.1:65000/eurofxref-daily.xml", 2000)).rejects.toThrow(
      /could not be fetched \(127\.0\.0\.1 is this machine \(loopback\)/,
    );
    await expect(fetchEcbDailyRates("http://169.254.169.254/latest/meta-data/", 2000)).rejects.toThrow(
      /cloud metadata service/,
    );
  });
});
