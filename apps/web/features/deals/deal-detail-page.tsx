import { getDealOrThrow } from "@crm/core/modules/deals/get-deal";
import { listPipelines } from "@crm/core/modules/deals/list-pipelines";
import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import { listRecordNames } from "@crm/core/modules/records/list-record-names";
import type { Ctx } from "@crm/core/platform/context";
import { can } from "@crm/core/platform/permissions";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { Badge } from "@/components/ui/badge";
import { parseTimelineTypes, TimelineSection } from "@/features/activities/timeline-section";
import { CustomFieldsSection } from "@/features/custom-fields/custom-fields-section";
import { RecordHistory } from "@/features/history/record-history";
import { DeleteRecordButton } from "@/features/records/delete-record-button";
import { findOrNotFound } from "@/features/records/find-or-not-found";
import { loadMemberOptions, type SearchParams } from "@/features/records/load-record-list";
import { Money } from "@/features/records/money";
import { RecordDetailsCard } from "@/features/records/record-details-card";
import { RecordHeader } from "@/features/records/record-header";
import { RecordSharing } from "@/features/sharing/record-sharing";
import { RelatedTasks } from "@/features/tasks/related-tasks";
import { restoreRecordAction } from "@/features/trash/trash-actions";
import { requireOrgContext } from "@/lib/org-context";
import { deleteDealAction } from "./deal-actions";
import { DealFields } from "./deal-fields";
import { DealFormDialog } from "./deal-form-dialog";
import { DealOutcomeActions } from "./deal-outcome-actions";
import { DealOutcomeBadge } from "./deal-outcome-badge";
import { DealStageProgress } from "./deal-stage-progress";
import { toPipelineChoices } from "./pipeline-choice";

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: SearchParams };

const loadDeal = cache((ctx: Ctx, id: string) => findOrNotFound(id, (v) => getDealOrThrow(ctx, v)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const { ctx } = await requireOrgContext(slug);
  return { title: (await loadDeal(ctx, id)).title };
}

export async function DealDetailPage({ params, searchParams }: Props) {
  const { slug, id } = await params;
  const { ctx } = await requireOrgContext(slug);
  const deal = await loadDeal(ctx, id);
  const t = await getTranslations("deals");
  // One after the other: on PGlite every query shares one connection.
  const members = await loadMemberOptions(ctx);
  const pipelines = toPipelineChoices(await listPipelines(ctx));
  const stageNames = Object.fromEntries(pipelines.flatMap((p) => p.stages.map((s) => [s.id, s.name])));
  const pipeline = pipelines.find((p) => p.id === deal.pipelineId);
  const companyNames = await listRecordNames(ctx, "companies", [deal.companyId]);
  const contactNames = await listRecordNames(ctx, "contacts", [deal.primaryContactId]);
  const { timeZone, defaultCurrency } = await getOrgSettings(ctx);
  const types = parseTimelineTypes((await searchParams).types);
  const canWrite = can(ctx, "records:write");
  const company =
    deal.companyId && companyNames[deal.companyId]
      ? { id: deal.companyId, label: companyNames[deal.companyId] as string }
      : null;
  const contact =
    deal.primaryContactId && contactNames[deal.primaryContactId]
      ? { id: deal.primaryContactId, label: contactNames[deal.primaryContactId] as string }
      : null;

  return (
    <>
      <RecordHeader
        backHref={`/o/${slug}/deals`}
        backLabel={t("title")}
        title={deal.title}
        avatar={false}
        subtitle={
          <span className="flex flex-wrap items-center gap-x-2">
            <span className="font-medium text-foreground">
              <Money minor={deal.value} currency={deal.currency} />
            </span>
            <span>
              {t("weighted")} <Money minor={deal.weightedValue} currency={deal.currency} />
            </span>
            {company ? (
              <Link
                href={`/o/${slug}/companies/${company.id}`}
                className="hover:text-foreground hover:underline"
              >
                {company.label}
              </Link>
            ) : null}
          </span>
        }
        badges={
          <>
            {pipeline ? <Badge variant="outline">{pipeline.name}</Badge> : null}
            <Badge variant="secondary">{stageNames[deal.stageId] ?? "?"}</Badge>
            {deal.outcome ? <DealOutcomeBadge outcome={deal.outcome} /> : null}
          </>
        }
        actions={
          canWrite ? (
            <>
              <DealOutcomeActions slug={slug} deal={deal} />
              <DealFormDialog
                slug={slug}
                pipelines={pipelines}
                defaultCurrency={defaultCurrency}
                deal={{
                  id: deal.id,
                  title: deal.title,
                  value: deal.value,
                  currency: deal.currency,
                  expectedCloseDate: deal.expectedCloseDate,
                  company,
                  contact,
                }}
              />
              <DeleteRecordButton
                name={deal.title}
                listHref={`/o/${slug}/deals`}
                remove={deleteDealAction.bind(null, slug, deal.id)}
                restore={restoreRecordAction.bind(null, slug, { object: "deals", id: deal.id })}
              />
            </>
          ) : null
        }
      />
      {pipeline ? (
        <DealStageProgress
          slug={slug}
          dealId={deal.id}
          stages={pipeline.stages}
          stageId={deal.stageId}
          outcome={deal.outcome}
          canWrite={canWrite}
        />
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-6">
          <RecordDetailsCard record={deal} timeZone={timeZone}>
            <DealFields
              slug={slug}
              deal={deal}
              pipeline={pipeline}
              company={company}
              contact={contact}
              members={members}
              canWrite={canWrite}
              canAssign={can(ctx, "records:assign")}
            />
          </RecordDetailsCard>
          <CustomFieldsSection ctx={ctx} slug={slug} object="deals" record={deal} />
          <RelatedTasks ctx={ctx} slug={slug} anchor={{ dealId: deal.id }} timeZone={timeZone} />
          <RecordSharing
            ctx={ctx}
            slug={slug}
            object="deals"
            recordId={deal.id}
            ownerId={deal.ownerId}
            members={members}
          />
          <RecordHistory ctx={ctx} slug={slug} object="deals" id={deal.id} timeZone={timeZone} />
        </div>
        <TimelineSection
          ctx={ctx}
          slug={slug}
          anchor={{ dealId: deal.id }}
          types={types}
          members={members}
          stageNames={stageNames}
          timeZone={timeZone}
        />
      </div>
    </>
  );
}
