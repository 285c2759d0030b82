import type { CurrencySum } from "@crm/core/modules/deals/sum-listed-deals";
import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/features/records/format";

/**
 * The value of every deal the list's filters select, one amount per currency (never added across
 * currencies); `null` when there are too many deals to sum on a page view.
 */
export async function DealValueSums({ sums }: { sums: CurrencySum[] | null }) {
  const [t, locale] = await Promise.all([getTranslations("deals"), getLocale()]);
  if (sums !== null && sums.length === 0) return null;
  return (
    <p className="mb-3 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-muted-foreground text-sm">
      <span>{t("valueSum")}</span>
      {sums === null ? (
        <span>{t("valueSumTooMany")}</span>
      ) : (
        sums.map((sum) => (
          <span key={sum.currency} data-testid="deal-value-sum">
            <span className="font-semibold text-foreground tabular-nums">
              {formatMoney(sum.value, sum.currency, locale)}
            </span>{" "}
            {t("valueSumDeals", { count: sum.count })}
          </span>
        ))
      )}
    </p>
  );
}
