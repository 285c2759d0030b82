import { listCustomFields } from "@crm/core/modules/custom-fields/list-custom-fields";
import { listDeals } from "@crm/core/modules/deals/list-deals";
import { listPipelines } from "@crm/core/modules/deals/list-pipelines";
import { sumListedDeals } from "@crm/core/modules/deals/sum-listed-deals";
import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import { listRecordNames } from "@crm/core/modules/records/list-record-names";
import { can } from "@crm/core/platform/permissions";
import { SquareKanban } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { toCustomDefs, withCustomFields } from "@/features/custom-fields/custom-list-config";
import { ExportMenu } from "@/features/exports/export-menu";
import { ImportLink } from "@/features/imports/import-link";
import { loadMemberOptions, loadRecordList, type SearchParams } from "@/features/records/load-record-list";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";
import { DealFormDialog } from "./deal-form-dialog";
import { dealListConfig } from "./deal-list-config";
import { DealValueSums } from "./deal-value-sums";
import { DealsTable } from "./deals-table";
import { toPipelineChoices } from "./pipeline-choice";

type Props = { params: Promise<{ slug: string }>; searchParams: SearchParams };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("deals"))("title") };
}

export async function DealsListPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { ctx, user } = await requireOrgContext(slug);
  const t = await getTranslations("deals");
  // One after the other: on PGlite every query shares one connection.
  const customFields = toCustomDefs(await listCustomFields(ctx, { object: "deals" }));
  const listed: { params?: Parameters<typeof listDeals>[1]; filters?: Parameters<typeof listDeals>[2] } = {};
  const list = await loadRecordList(withCustomFields(dealListConfig, customFields), searchParams, (p, f) => {
    listed.params = p;
    listed.filters = f;
    return listDeals(ctx, p, f);
  });
  // The sum of the whole filtered list (every page), per currency.
  const sums =
    listed.params && !list.invalid ? await sumListedDeals(ctx, listed.params, listed.filters) : undefined;
  const members = await loadMemberOptions(ctx);
  const pipelines = toPipelineChoices(await listPipelines(ctx));
  const stageNames = Object.fromEntries(pipelines.flatMap((p) => p.stages.map((s) => [s.id, s.name])));
  const rows = list.page.data;
  const companyNames = await listRecordNames(ctx, "companies", [
    ...rows.map((d) => d.companyId),
    list.state.filters.companyId ?? null,
  ]);
  const contactNames = await listRecordNames(ctx, "contacts", [
    ...rows.map((d) => d.primaryContactId),
    list.state.filters.primaryContactId,
  ]);
  const { timeZone, defaultCurrency } = await getOrgSettings(ctx);
  const canWrite = can(ctx, "records:write");
  const newDeal = <DealFormDialog slug={slug} pipelines={pipelines} defaultCurrency={defaultCurrency} />;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <Link href={`/o/${slug}/deals/board`} className={buttonVariants({ variant: "outline" })}>
              <SquareKanban aria-hidden="true" />
              {t("board")}
            </Link>
            {can(ctx, "records:export") ? <ExportMenu slug={slug} object="deals" state={list.state} /> : null}
            {canWrite ? <ImportLink slug={slug} object="deals" /> : null}
            {canWrite ? newDeal : null}
          </>
        }
      />
      {sums !== undefined ? <DealValueSums sums={sums} ctx={ctx} /> : null}
      <DealsTable
        customFields={customFields}
        slug={slug}
        rows={rows}
        nextCursor={list.page.nextCursor}
        total={list.page}
        state={list.state}
        invalid={list.invalid}
        members={members}
        stageNames={stageNames}
        companyNames={companyNames}
        contactNames={contactNames}
        currentUserId={user.id}
        canWrite={canWrite}
        canAssign={can(ctx, "records:assign")}
        timeZone={timeZone}
        newDeal={newDeal}
      />
    </>
  );
}
