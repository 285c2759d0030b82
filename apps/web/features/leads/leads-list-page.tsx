import { listCustomFields } from "@crm/core/modules/custom-fields/list-custom-fields";
import { listLeads } from "@crm/core/modules/leads/list-leads";
import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import { can } from "@crm/core/platform/permissions";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { toCustomDefs, withCustomFields } from "@/features/custom-fields/custom-list-config";
import { ExportMenu } from "@/features/exports/export-menu";
import { ImportLink } from "@/features/imports/import-link";
import { loadMemberOptions, loadRecordList, type SearchParams } from "@/features/records/load-record-list";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";
import { LeadFormDialog } from "./lead-form-dialog";
import { leadListConfig } from "./lead-list-config";
import { LeadsTable } from "./leads-table";

type Props = { params: Promise<{ slug: string }>; searchParams: SearchParams };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("leads"))("title") };
}

export async function LeadsListPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { ctx, user } = await requireOrgContext(slug);
  const t = await getTranslations("leads");
  // One after the other: on PGlite every query shares one connection.
  const customFields = toCustomDefs(await listCustomFields(ctx, { object: "leads" }));
  const list = await loadRecordList(withCustomFields(leadListConfig, customFields), searchParams, (p, f) =>
    listLeads(ctx, p, f),
  );
  const members = await loadMemberOptions(ctx);
  const { timeZone } = await getOrgSettings(ctx);
  const canWrite = can(ctx, "records:write");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            {can(ctx, "records:export") ? <ExportMenu slug={slug} object="leads" state={list.state} /> : null}
            {canWrite ? <ImportLink slug={slug} object="leads" /> : null}
            {canWrite ? <LeadFormDialog slug={slug} /> : null}
          </>
        }
      />
      <LeadsTable
        customFields={customFields}
        slug={slug}
        rows={list.page.data}
        nextCursor={list.page.nextCursor}
        total={list.page}
        state={list.state}
        invalid={list.invalid}
        members={members}
        currentUserId={user.id}
        canWrite={canWrite}
        canAssign={can(ctx, "records:assign")}
        timeZone={timeZone}
      />
    </>
  );
}
