import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import { can } from "@crm/core/platform/permissions";
import { Lock } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";
import { listCurrencyOptions } from "./currency-options";
import { OrganizationForm } from "./organization-form";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("organization") };
}

/** Every IANA zone this server accepts (the schema checks with the same Intl), UTC included. */
function listTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

export async function OrganizationPage({ params }: Props) {
  const { slug } = await params;
  const { ctx, org } = await requireOrgContext(slug);
  const t = await getTranslations("settings");
  const tc = await getTranslations("customFields");
  const settings = await getOrgSettings(ctx);
  const values = {
    name: org.name,
    defaultCurrency: settings.defaultCurrency,
    timeZone: settings.timeZone,
    repsCanReadAll: settings.repsCanReadAll,
  };
  return (
    <>
      <PageHeader title={t("organization")} description={t("orgDescription")} />
      <div className="grid max-w-2xl gap-6">
        {can(ctx, "org:update") ? (
          <OrganizationForm
            slug={slug}
            defaults={values}
            timeZones={listTimeZones()}
            currencies={listCurrencyOptions(await getLocale(), values.defaultCurrency)}
          />
        ) : (
          <Card>
            <CardContent className="grid gap-6">
              <p className="flex items-start gap-2 rounded-md bg-muted px-3 py-2 text-sm text-muted-foreground">
                <Lock className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
                {t("readOnlyNotice")}
              </p>
              <dl className="grid gap-4 sm:grid-cols-3">
                {[
                  [t("orgName"), values.name],
                  [t("defaultCurrency"), values.defaultCurrency],
                  [t("timeZone"), values.timeZone],
                  [t("repsCanReadAll"), values.repsCanReadAll ? tc("yes") : tc("no")],
                ].map(([label, value]) => (
                  <div key={label} className="grid gap-1">
                    <dt className="text-sm font-medium text-muted-foreground">{label}</dt>
                    <dd className="break-words">{value}</dd>
                  </div>
                ))}
              </dl>
            </CardContent>
          </Card>
        )}
      </div>
    </>
  );
}
