// How records show money and dates. Money is integer minor units with an ISO 4217 currency.

import { currencyDigits, toMajor } from "@crm/core/platform/money";

export { currencyDigits, toMajor, toMinor } from "@crm/core/platform/money";

/** "€12,500" from 1250000 EUR; whole amounts drop the cents, as on a board. */
export function formatMoney(
  minor: number,
  currency: string,
  locale: string,
  { compact = false }: { compact?: boolean } = {},
): string {
  const major = toMajor(minor, currency);
  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      notation: compact ? "compact" : "standard",
      // Whole amounts without cents ($1,200); others with all of them ($12.50, not $12.5).
      maximumFractionDigits: compact || Number.isInteger(major) ? 0 : currencyDigits(currency),
      minimumFractionDigits: compact || Number.isInteger(major) ? 0 : currencyDigits(currency),
    }).format(major);
  } catch {
    return `${major} ${currency}`;
  }
}

export const dateOptions = (timeZone: string) => ({ dateStyle: "medium", timeZone }) as const;
export const dateTimeOptions = (timeZone: string) =>
  ({ dateStyle: "medium", timeStyle: "short", timeZone }) as const;

/** Initials for an avatar: "Ada Lovelace" → "AL". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase() || "?";
}
