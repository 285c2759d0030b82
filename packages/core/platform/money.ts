// Money is integer minor units with an ISO 4217 currency; these convert to and from major units.

const digitsCache = new Map<string, number>();

/** Minor units per major unit of a currency (JPY 0, EUR 2, KWD 3). */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

export const toMajor = (minor: number, currency: string): number => minor / 10 ** currencyDigits(currency);
export const toMinor = (major: number, currency: string): number =>
  Math.round(major * 10 ** currencyDigits(currency));

/**
 * Exchange rates to the org's currency: how many major units of the org currency one major unit of
 * the keyed currency is worth (USD org: EUR → 1.08). The org currency itself needs no entry.
 */
export type RatesToOrg = Readonly<Record<string, number>>;

/**
 * An amount in minor units of `from` as minor units of `to` at `rate` (major `to` per major `from`),
 * rounded half away from zero; the exponents of both currencies are minded (JPY 0, EUR 2, KWD 3).
 */
export function convertMinor(minor: number, from: string, to: string, rate: number): number {
  if (from === to) return minor;
  const shift = currencyDigits(to) - currencyDigits(from);
  const exact = minor * rate * 10 ** shift;
  // A product of binary fractions can land a hair below .5 (100.4999…): 15 significant digits drop
  // that noise before rounding and keep every digit of sums below 10^15 minor units.
  const rounded = Math.round(Number(Math.abs(exact).toPrecision(15)));
  return exact < 0 ? -rounded : rounded;
}

/** One currency's part of a sum, as the running totals hold it (values in minor units). */
export type CurrencyAmount = { currency: string; value: number; weightedValue?: number };

export type ConvertedTotal = {
  /** The org currency every convertible part was converted to. */
  currency: string;
  value: number;
  weightedValue: number;
  /** The parts whose currency has no rate: not in `value`, shown apart and marked. */
  unconverted: { currency: string; value: number; weightedValue: number }[];
};

/**
 * Adds up amounts in several currencies in `orgCurrency`. Each currency's sum is converted once
 * (after aggregation, never per deal); a currency without a rate stays out of the sum and is listed in
 * `unconverted` with its own figures.
 */
export function convertTotals(
  parts: readonly CurrencyAmount[],
  orgCurrency: string,
  rates: RatesToOrg,
): ConvertedTotal {
  const out: ConvertedTotal = { currency: orgCurrency, value: 0, weightedValue: 0, unconverted: [] };
  for (const part of parts) {
    const weighted = part.weightedValue ?? 0;
    const rate = part.currency === orgCurrency ? 1 : rates[part.currency];
    if (rate === undefined || !(rate > 0)) {
      const seen = out.unconverted.find((u) => u.currency === part.currency);
      if (seen) {
        seen.value += part.value;
        seen.weightedValue += weighted;
      } else out.unconverted.push({ currency: part.currency, value: part.value, weightedValue: weighted });
      continue;
    }
    out.value += convertMinor(part.value, part.currency, orgCurrency, rate);
    out.weightedValue += convertMinor(weighted, part.currency, orgCurrency, rate);
  }
  out.unconverted.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
  return out;
}
