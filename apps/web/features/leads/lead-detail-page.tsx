import { listPipelines } from "@crm/core/modules/deals/list-pipelines";
import { getLeadOrThrow } from "@crm/core/modules/leads/get-lead";
import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import type { Ctx } from "@crm/core/platform/context";
import { can } from "@crm/core/platform/permissions";
import { ArrowRight } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { CustomFieldsSection } from "@/features/custom-fields/custom-fields-section";
import { toPipelineChoices } from "@/features/deals/pipeline-choice";
import { RecordHistory } from "@/features/history/record-history";
import { DeleteRecordButton } from "@/features/records/delete-record-button";
import { findOrNotFound } from "@/features/records/find-or-not-found";
import { dateTimeOptions } from "@/features/records/format";
import { loadMemberOptions } from "@/features/records/load-record-list";
import { RecordDetailsCard } from "@/features/records/record-details-card";
import { RecordHeader } from "@/features/records/record-header";
import { RecordSharing } from "@/features/sharing/record-sharing";
import { restoreRecordAction } from "@/features/trash/trash-actions";
import { requireOrgContext } from "@/lib/org-context";
import { ConvertLeadDialog } from "./convert-lead-dialog";
import { deleteLeadAction } from "./lead-actions";
import { LeadFields } from "./lead-fields";
import { LeadFormDialog } from "./lead-form-dialog";
import { LeadStatusBadge } from "./lead-status-badge";

type Props = { params: Promise<{ slug: string; id: string }> };

const loadLead = cache((ctx: Ctx, id: string) => findOrNotFound(id, (v) => getLeadOrThrow(ctx, v)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const { ctx } = await requireOrgContext(slug);
  return { title: (await loadLead(ctx, id)).name };
}

export async function LeadDetailPage({ params }: Props) {
  const { slug, id } = await params;
  const { ctx } = await requireOrgContext(slug);
  const lead = await loadLead(ctx, id);
  const [t, format] = await Promise.all([getTranslations("leads"), getFormatter()]);
  // One after the other: on PGlite every query shares one connection.
  const members = await loadMemberOptions(ctx);
  const { timeZone, defaultCurrency } = await getOrgSettings(ctx);
  const canWrite = can(ctx, "records:write");
  const converted = lead.status === "converted";
  const pipelines = canWrite && !converted ? await listPipelines(ctx) : [];

  return (
    <>
      <RecordHeader
        backHref={`/o/${slug}/leads`}
        backLabel={t("title")}
        title={lead.name}
        subtitle={[lead.companyName, lead.email].filter(Boolean).join(" · ") || null}
        badges={<LeadStatusBadge status={lead.status} />}
        actions={
          canWrite ? (
            <>
              {!converted ? (
                <ConvertLeadDialog
                  slug={slug}
                  lead={{ id: lead.id, name: lead.name, companyName: lead.companyName }}
                  pipelines={toPipelineChoices(pipelines)}
                  defaultCurrency={defaultCurrency}
                />
              ) : null}
              <LeadFormDialog
                slug={slug}
                lead={{ ...lead, status: lead.status === "converted" ? undefined : lead.status }}
              />
              <DeleteRecordButton
                name={lead.name}
                listHref={`/o/${slug}/leads`}
                remove={deleteLeadAction.bind(null, slug, lead.id)}
                restore={restoreRecordAction.bind(null, slug, { object: "leads", id: lead.id })}
              />
            </>
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,28rem)_minmax(0,1fr)]">
        <RecordDetailsCard record={lead} timeZone={timeZone}>
          <LeadFields
            slug={slug}
            lead={lead}
            members={members}
            canWrite={canWrite}
            canAssign={can(ctx, "records:assign")}
          />
        </RecordDetailsCard>
        <CustomFieldsSection ctx={ctx} slug={slug} object="leads" record={lead} />
        {converted ? (
          <Card className="h-fit gap-2 py-4">
            <CardHeader className="px-4">
              <CardTitle as="h2" className="text-base">
                {t("convertedTitle")}
              </CardTitle>
            </CardHeader>
            <CardContent className="grid gap-2 px-4 text-sm">
              {lead.convertedAt ? (
                <p className="text-muted-foreground">
                  {t("convertedOn", { date: format.dateTime(lead.convertedAt, dateTimeOptions(timeZone)) })}
                </p>
              ) : null}
              {[
                { id: lead.convertedContactId, href: "contacts", label: t("openContact") },
                { id: lead.convertedCompanyId, href: "companies", label: t("openCompany") },
                { id: lead.convertedDealId, href: "deals", label: t("openDeal") },
              ]
                .filter((link) => link.id)
                .map((link) => (
                  <Link
                    key={link.href}
                    href={`/o/${slug}/${link.href}/${link.id}`}
                    className="inline-flex w-fit items-center gap-1 text-primary hover:underline"
                  >
                    {link.label}
                    <ArrowRight className="size-4" aria-hidden="true" />
                  </Link>
                ))}
            </CardContent>
          </Card>
        ) : (
          <Card className="h-fit gap-2 py-4">
            <CardHeader className="px-4">
              <CardTitle as="h2" className="text-base">
                {t("nextStepTitle")}
              </CardTitle>
            </CardHeader>
            <CardContent className="px-4 text-muted-foreground text-sm">{t("nextStepText")}</CardContent>
          </Card>
        )}
        <RecordSharing
          ctx={ctx}
          slug={slug}
          object="leads"
          recordId={lead.id}
          ownerId={lead.ownerId}
          members={members}
        />
        <RecordHistory ctx={ctx} slug={slug} object="leads" id={lead.id} timeZone={timeZone} />
      </div>
    </>
  );
}
