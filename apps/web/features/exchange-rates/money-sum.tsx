"use client";
import { type CurrencyAmount, convertMinor, convertTotals, type RatesToOrg } from "@crm/core/platform/money";
import { ChevronDown } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { formatMoney } from "@/features/records/format";

type Props = {
  /** Per-currency sums (minor units), as the running totals hold them. */
  parts: CurrencyAmount[];
  /** The org's currency: the sum is shown in it. */
  currency: string;
  rates: RatesToOrg;
  /** The text before the sum ("Total"); none for a bare amount. */
  label?: string;
  /** Also show the weighted value (board columns). */
  weighted?: boolean;
};

/**
 * A sum over several currencies in the org's currency at today's rates, with the per-currency
 * breakdown on demand (a popover). A currency without a rate is not added in: it is shown apart and
 * marked "no rate", so nothing is silently dropped or mixed.
 */
export function MoneySum({ parts, currency, rates, label, weighted = false }: Props) {
  const t = useTranslations("exchangeRates");
  const locale = useLocale();
  const total = convertTotals(parts, currency, rates);
  const money = (minor: number, code: string) => formatMoney(minor, code, locale);
  const foreign = parts.filter((p) => p.currency !== currency);
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-0.5">
      <span>
        {label ? `${label} ` : null}
        <span className="font-medium text-foreground tabular-nums">{money(total.value, currency)}</span>
      </span>
      {weighted ? (
        <span>
          {t("weighted")} <span className="tabular-nums">{money(total.weightedValue, currency)}</span>
        </span>
      ) : null}
      {total.unconverted.map((u) => (
        <span key={u.currency} className="inline-flex items-center gap-1 text-amber-800 dark:text-amber-300">
          <span className="tabular-nums">+ {money(u.value, u.currency)}</span>
          <span className="rounded border border-current px-1 text-[0.65rem] uppercase leading-4">
            {t("noRate")}
          </span>
        </span>
      ))}
      {foreign.length > 0 ? (
        <Popover>
          <PopoverTrigger
            className="inline-flex items-center gap-0.5 rounded text-muted-foreground underline decoration-dotted underline-offset-2 outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
            aria-label={t("breakdownLabel", { count: parts.length })}
          >
            {t("currencies", { count: parts.length })}
            <ChevronDown className="size-3" aria-hidden />
          </PopoverTrigger>
          <PopoverContent>
            <p className="mb-2 font-medium text-sm">{t("breakdownTitle", { currency })}</p>
            <table className="w-full text-xs">
              <thead className="text-muted-foreground">
                <tr>
                  <th className="pb-1 text-left font-normal">{t("original")}</th>
                  <th className="pb-1 text-right font-normal">{t("rate")}</th>
                  <th className="pb-1 text-right font-normal">{currency}</th>
                </tr>
              </thead>
              <tbody>
                {parts.map((part) => {
                  const rate = part.currency === currency ? 1 : rates[part.currency];
                  return (
                    <tr key={part.currency} className="border-t">
                      <td className="py-1 tabular-nums">{money(part.value, part.currency)}</td>
                      <td className="py-1 text-right text-muted-foreground tabular-nums">
                        {part.currency === currency
                          ? "—"
                          : rate
                            ? rate.toLocaleString(locale, { maximumSignificantDigits: 6 })
                            : null}
                      </td>
                      <td className="py-1 text-right tabular-nums">
                        {rate ? (
                          money(convertMinor(part.value, part.currency, currency, rate), currency)
                        ) : (
                          <span className="text-amber-800 dark:text-amber-300">{t("noRate")}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p className="mt-2 text-muted-foreground text-xs">{t("breakdownHint")}</p>
          </PopoverContent>
        </Popover>
      ) : null}
    </span>
  );
}
