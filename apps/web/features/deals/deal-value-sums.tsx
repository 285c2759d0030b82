import type { CurrencySum } from "@crm/core/modules/deals/sum-listed-deals";
import { getCurrentRates } from "@crm/core/modules/exchange-rates/get-current-rates";
import type { Ctx } from "@crm/core/platform/context";
import { getTranslations } from "next-intl/server";
import { MoneySum } from "@/features/exchange-rates/money-sum";

/**
 * The value of every deal the list's filters select, summed up in the org's currency at today's
 * exchange rates (the per-currency sums on demand, a currency without a rate apart and marked);
 * `null` when there are too many deals to sum on a page view.
 */
export async function DealValueSums({ sums, ctx }: { sums: CurrencySum[] | null; ctx: Ctx }) {
  const t = await getTranslations("deals");
  if (sums !== null && sums.length === 0) return null;
  const { currency, rates } = sums === null ? { currency: "", rates: {} } : await getCurrentRates(ctx);
  const count = (sums ?? []).reduce((n, sum) => n + sum.count, 0);
  return (
    <p className="mb-3 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-muted-foreground text-sm">
      <span>{t("valueSum")}</span>
      {sums === null ? (
        <span>{t("valueSumTooMany")}</span>
      ) : (
        <span data-testid="deal-value-sum">
          <MoneySum parts={sums} currency={currency} rates={rates} /> {t("valueSumDeals", { count })}
        </span>
      )}
    </p>
  );
}
