"use client";
import type { ExchangeRateDto } from "@crm/core/modules/exchange-rates/exchange-rate-response";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useActionError } from "@/features/records/use-action-error";
import { ConfirmDialog } from "@/features/settings/confirm-dialog";
import { deleteExchangeRateAction } from "./exchange-rate-actions";
import { ExchangeRateDialog } from "./exchange-rate-dialog";

type Props = {
  slug: string;
  rates: ExchangeRateDto[];
  orgCurrency: string;
  today: string;
  canManage: boolean;
};

/** Ids of the rates applied today: per currency of the org's base, the latest that has started. */
export function currentRateIds(rates: ExchangeRateDto[], orgCurrency: string, today: string): Set<string> {
  const seen = new Set<string>();
  const ids = new Set<string>();
  for (const rate of rates) {
    if (rate.baseCurrency !== orgCurrency || rate.validFrom > today || seen.has(rate.currency)) continue;
    seen.add(rate.currency);
    ids.add(rate.id);
  }
  return ids;
}

/** The org's rates by currency, newest first, the one applied today marked; edit and delete for admins. */
export function ExchangeRatesList({ slug, rates, orgCurrency, today, canManage }: Props) {
  const t = useTranslations("exchangeRates");
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const actionError = useActionError();
  const current = currentRateIds(rates, orgCurrency, today);
  const day = (iso: string) =>
    format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });

  async function remove(rate: ExchangeRateDto) {
    const result = await deleteExchangeRateAction(slug, rate.id);
    if (!result.ok) {
      toast.error(actionError(result));
      return false;
    }
    toast.success(t("deleted"));
    router.refresh();
    return true;
  }

  return (
    <ul className="divide-y rounded-lg border" aria-label={t("title")}>
      {rates.map((rate) => (
        <li key={rate.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3">
          <span className="w-12 font-medium font-mono">{rate.currency}</span>
          <div className="grid min-w-0 flex-1 gap-0.5">
            <span className="tabular-nums">
              {t("rateExample", {
                from: rate.currency,
                rate: rate.rate.toLocaleString(locale, { maximumFractionDigits: 10 }),
                to: rate.baseCurrency,
              })}
            </span>
            <span className="text-muted-foreground text-xs">
              {t("validFrom")} {day(rate.validFrom)}
              {rate.baseCurrency !== orgCurrency
                ? ` · ${t("otherBase", { currency: rate.baseCurrency })}`
                : null}
            </span>
          </div>
          {current.has(rate.id) ? <Badge>{t("current")}</Badge> : null}
          <Badge variant="muted">{rate.source === "ecb" ? t("sourceEcb") : t("sourceManual")}</Badge>
          {canManage ? (
            <div className="flex items-center">
              <ExchangeRateDialog slug={slug} orgCurrency={orgCurrency} today={today} rate={rate} />
              <ConfirmDialog
                trigger={
                  <Button
                    variant="ghost"
                    size="icon"
                    aria-label={`${t("delete")} ${rate.currency} ${rate.validFrom}`}
                  >
                    <Trash2 aria-hidden="true" />
                  </Button>
                }
                title={t("deleteTitle", { currency: rate.currency, date: day(rate.validFrom) })}
                description={t("deleteText")}
                confirmLabel={t("delete")}
                onConfirm={() => remove(rate)}
              />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
