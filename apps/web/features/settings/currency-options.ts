import "server-only";

export type CurrencyOption = { code: string; name: string };

/**
 * The ISO 4217 codes this server's Intl knows, each with its name in the reader's language
 * (computed here, so the browser's own ICU cannot disagree with the server's), and `current`
 * even when Intl no longer lists it.
 */
export function listCurrencyOptions(locale: string, current: string): CurrencyOption[] {
  const names = new Intl.DisplayNames([locale], { type: "currency" });
  const codes = new Set(Intl.supportedValuesOf("currency"));
  codes.add(current);
  return [...codes].sort().map((code) => ({ code, name: names.of(code) ?? code }));
}
