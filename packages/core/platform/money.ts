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
