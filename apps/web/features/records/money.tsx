import { useLocale } from "next-intl";
import { formatMoney } from "./format";

/** An amount in minor units, formatted for the reader's language in the record's currency. */
export function Money({ minor, currency, compact }: { minor: number; currency: string; compact?: boolean }) {
  const locale = useLocale();
  return <span className="tabular-nums">{formatMoney(minor, currency, locale, { compact })}</span>;
}
