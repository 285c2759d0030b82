import { getCurrentRates } from "@crm/core/modules/exchange-rates/get-current-rates";
import { listExchangeRates } from "@crm/core/modules/exchange-rates/list-exchange-rates";
import { can } from "@crm/core/platform/permissions";
import { ArrowLeftRight } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";
import { ExchangeRateDialog } from "./exchange-rate-dialog";
import { ExchangeRatesList } from "./exchange-rates-list";
import { ImportEcbButton } from "./import-ecb-button";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ cursor?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exchangeRates"))("title") };
}

/** Settings → Exchange rates: everyone reads them, admins add, edit, delete and import. */
export async function ExchangeRatesPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { cursor } = await searchParams;
  const { ctx } = await requireOrgContext(slug);
  const t = await getTranslations("exchangeRates");
  const canManage = can(ctx, "org:update");
  // One after the other: on PGlite every query shares one connection.
  const { currency } = await getCurrentRates(ctx);
  const page = await listExchangeRates(ctx, { limit: 200, cursor });
  const today = new Date().toISOString().slice(0, 10);
  const add = canManage ? <ExchangeRateDialog slug={slug} orgCurrency={currency} today={today} /> : null;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={canManage ? t("description", { currency }) : t("descriptionReadonly", { currency })}
        actions={
          canManage ? (
            <div className="flex flex-wrap gap-2 sm:shrink-0 sm:flex-nowrap">
              <ImportEcbButton slug={slug} />
              {page.data.length > 0 ? add : null}
            </div>
          ) : null
        }
      />
      {page.data.length > 0 ? (
        <div className="grid gap-3">
          <ExchangeRatesList
            slug={slug}
            rates={page.data}
            orgCurrency={currency}
            today={today}
            canManage={canManage}
          />
          {page.nextCursor ? (
            <Link
              href={`/o/${slug}/settings/exchange-rates?cursor=${encodeURIComponent(page.nextCursor)}`}
              className="text-primary text-sm hover:underline"
            >
              {t("more")}
            </Link>
          ) : null}
        </div>
      ) : (
        <EmptyState icon={ArrowLeftRight} title={t("emptyTitle")} description={t("emptyText")} action={add} />
      )}
    </>
  );
}
