import { getCompanyOrThrow } from "@crm/core/modules/companies/get-company";
import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import { listStageNames } from "@crm/core/modules/records/list-record-names";
import type { Ctx } from "@crm/core/platform/context";
import { can } from "@crm/core/platform/permissions";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { Badge } from "@/components/ui/badge";
import { parseTimelineTypes, TimelineSection } from "@/features/activities/timeline-section";
import { RelatedContacts } from "@/features/contacts/related-contacts";
import { CustomFieldsSection } from "@/features/custom-fields/custom-fields-section";
import { RelatedDeals } from "@/features/deals/related-deals";
import { MergeNotice } from "@/features/duplicates/merge-notice";
import { RecordHistory } from "@/features/history/record-history";
import { DeleteRecordButton } from "@/features/records/delete-record-button";
import { findOrNotFound } from "@/features/records/find-or-not-found";
import { loadMemberOptions, type SearchParams } from "@/features/records/load-record-list";
import { RecordDetailsCard } from "@/features/records/record-details-card";
import { RecordHeader } from "@/features/records/record-header";
import { RecordSharing } from "@/features/sharing/record-sharing";
import { RelatedTasks } from "@/features/tasks/related-tasks";
import { restoreRecordAction } from "@/features/trash/trash-actions";
import { requireOrgContext } from "@/lib/org-context";
import { deleteCompanyAction } from "./company-actions";
import { CompanyFields } from "./company-fields";
import { CompanyFormDialog } from "./company-form-dialog";

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: SearchParams };

const loadCompany = cache((ctx: Ctx, id: string) => findOrNotFound(id, (v) => getCompanyOrThrow(ctx, v)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const { ctx } = await requireOrgContext(slug);
  return { title: (await loadCompany(ctx, id)).name };
}

export async function CompanyDetailPage({ params, searchParams }: Props) {
  const { slug, id } = await params;
  const { ctx } = await requireOrgContext(slug);
  const company = await loadCompany(ctx, id);
  const t = await getTranslations("companies");
  // One after the other: on PGlite every query shares one connection.
  const members = await loadMemberOptions(ctx);
  const { timeZone, defaultCurrency } = await getOrgSettings(ctx);
  const stageNames = await listStageNames(ctx);
  const types = parseTimelineTypes((await searchParams).types);
  const canWrite = can(ctx, "records:write");

  return (
    <>
      <RecordHeader
        backHref={`/o/${slug}/companies`}
        backLabel={t("title")}
        title={company.name}
        subtitle={[company.domain, company.industry].filter(Boolean).join(" · ") || null}
        badges={
          company.sizeBand ? (
            <Badge variant="secondary">{t("employees", { band: company.sizeBand })}</Badge>
          ) : null
        }
        actions={
          canWrite ? (
            <>
              <CompanyFormDialog slug={slug} defaultCurrency={defaultCurrency} company={company} />
              <DeleteRecordButton
                name={company.name}
                listHref={`/o/${slug}/companies`}
                remove={deleteCompanyAction.bind(null, slug, company.id)}
                restore={restoreRecordAction.bind(null, slug, { object: "companies", id: company.id })}
              />
            </>
          ) : null
        }
      />
      <MergeNotice ctx={ctx} slug={slug} object="companies" id={company.id} timeZone={timeZone} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-6">
          <RecordDetailsCard record={company} timeZone={timeZone}>
            <CompanyFields
              slug={slug}
              company={company}
              defaultCurrency={defaultCurrency}
              members={members}
              canWrite={canWrite}
              canAssign={can(ctx, "records:assign")}
            />
          </RecordDetailsCard>
          <CustomFieldsSection ctx={ctx} slug={slug} object="companies" record={company} />
          <RelatedContacts ctx={ctx} slug={slug} companyId={company.id} />
          <RelatedDeals ctx={ctx} slug={slug} filter={{ companyId: company.id }} stageNames={stageNames} />
          <RelatedTasks ctx={ctx} slug={slug} anchor={{ companyId: company.id }} timeZone={timeZone} />
          <RecordSharing
            ctx={ctx}
            slug={slug}
            object="companies"
            recordId={company.id}
            ownerId={company.ownerId}
            members={members}
          />
          <RecordHistory ctx={ctx} slug={slug} object="companies" id={company.id} timeZone={timeZone} />
        </div>
        <TimelineSection
          ctx={ctx}
          slug={slug}
          anchor={{ companyId: company.id }}
          types={types}
          members={members}
          stageNames={stageNames}
          timeZone={timeZone}
        />
      </div>
    </>
  );
}
