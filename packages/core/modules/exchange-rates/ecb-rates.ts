import type { Response } from "undici";
import { AppError } from "../../platform/errors";
import { guardedFetch } from "../../platform/outbound/guarded-fetch";

/** The ECB could not deliver: a 422 on the request as a whole (`_`), as the API's 422s name what failed. */
const unavailable = (message: string) =>
  new AppError("unprocessable", message, { fieldErrors: { _: [message] } });

/** The European Central Bank's reference rates of the last working day (EUR based, about 30 currencies). */
export const ECB_DAILY_RATES_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml";
export const ECB_FETCH_TIMEOUT_MS = 10_000;
/** The file is about 2 kB; anything much larger is not it. */
const MAX_BYTES = 256 * 1024;

/** One day's ECB rates: how many units of each currency one euro buys. */
export type EcbDailyRates = { date: string; perEuro: Record<string, number> };

/**
 * Reads the ECB's eurofxref-daily.xml: `<Cube time='YYYY-MM-DD'>` holding
 * `<Cube currency='USD' rate='1.0800'/>` elements. A file without a day or without rates is refused.
 */
export function parseEcbDailyXml(xml: string): EcbDailyRates {
  const date = /<Cube\s+time\s*=\s*["'](\d{4}-\d{2}-\d{2})["']/.exec(xml)?.[1];
  const perEuro: Record<string, number> = {};
  const cube = /<Cube\s+currency\s*=\s*["']([A-Z]{3})["']\s+rate\s*=\s*["']([0-9]+(?:\.[0-9]+)?)["']/g;
  for (const match of xml.matchAll(cube)) {
    const [, currency, rate] = match;
    const value = Number(rate);
    if (currency && value > 0) perEuro[currency] = value;
  }
  if (!date || Object.keys(perEuro).length === 0)
    throw unavailable("This is not the ECB's daily rates file (no day or no rates in it)");
  return { date, perEuro };
}

/**
 * The rates of `orgCurrency` from the ECB's euro rates: one `currency` is worth `rate` units of the
 * org's currency (cross rates through the euro, to 10 significant digits). The org's own currency is
 * left out; an org currency the ECB does not quote is refused.
 */
export function ecbRatesTo(orgCurrency: string, ecb: EcbDailyRates): { currency: string; rate: number }[] {
  const perEuro: Record<string, number> = { EUR: 1, ...ecb.perEuro };
  const orgPerEuro = perEuro[orgCurrency];
  if (orgPerEuro === undefined) throw unavailable(`The ECB publishes no rate for ${orgCurrency}`);
  return Object.entries(perEuro)
    .filter(([currency]) => currency !== orgCurrency)
    .map(([currency, unitsPerEuro]) => ({
      currency,
      rate: Number((orgPerEuro / unitsPerEuro).toPrecision(10)),
    }))
    .sort((a, b) => (a.currency < b.currency ? -1 : 1));
}

/**
 * Fetches and parses the daily file, giving up after `timeoutMs`. An unreachable server, a timeout
 * or an answer other than 200 is an expected failure (this machine may have no internet).
 */
export async function fetchEcbDailyRates(
  url: string = ECB_DAILY_RATES_URL,
  timeoutMs: number = ECB_FETCH_TIMEOUT_MS,
): Promise<EcbDailyRates> {
  let response: Response;
  try {
    // Through the outbound guard: a CLI or test may point it at another URL.
    response = await guardedFetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: "application/xml, text/xml" },
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    throw unavailable(
      timedOut
        ? `The ECB rates did not arrive within ${Math.round(timeoutMs / 1000)} s`
        : `The ECB rates could not be fetched (${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : "network error"})`,
    );
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw unavailable(`The ECB rates could not be fetched (HTTP ${response.status})`);
  }
  const text = await response.text();
  if (text.length > MAX_BYTES) throw unavailable("The ECB rates file is unexpectedly large");
  return parseEcbDailyXml(text);
}
