import { can } from "@crm/core/platform/permissions";
import { Archive, Download, History, Info } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exports"))("orgTitle") };
}

/** Settings → Export data: the whole organization as a ZIP (admins). */
export async function OrgExportPage({ params }: Props) {
  const { slug } = await params;
  const { ctx } = await requireOrgContext(slug);
  if (!can(ctx, "org:export")) notFound();
  const t = await getTranslations("exports");
  return (
    <>
      <PageHeader title={t("orgTitle")} description={t("orgDescription")} />
      <Card className="max-w-2xl">
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <Archive aria-hidden="true" className="size-5 text-muted-foreground" />
            {t("orgCardTitle")}
          </CardTitle>
          <CardDescription>{t("orgCardText")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-2 text-sm text-muted-foreground">
          <p className="flex items-start gap-2">
            <History aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            {t("orgAudit")}
          </p>
          <p className="flex items-start gap-2">
            <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            {t("orgLarge")} {t("listHint")}
          </p>
        </CardContent>
        <CardFooter>
          <a
            href={`/api/v1/exports/organization?org=${encodeURIComponent(slug)}`}
            download
            className={buttonVariants()}
            data-testid="org-export-download"
          >
            <Download aria-hidden="true" />
            {t("orgDownload")}
          </a>
        </CardFooter>
      </Card>
    </>
  );
}
