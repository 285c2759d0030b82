import { listCompanies } from "@crm/core/modules/companies/list-companies";
import { listCustomFields } from "@crm/core/modules/custom-fields/list-custom-fields";
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
import { CompaniesTable } from "./companies-table";
import { CompanyFormDialog } from "./company-form-dialog";
import { companyListConfig } from "./company-list-config";

type Props = { params: Promise<{ slug: string }>; searchParams: SearchParams };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companies"))("title") };
}

export async function CompaniesListPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { ctx, user } = await requireOrgContext(slug);
  const t = await getTranslations("companies");
  // One after the other: on PGlite every query shares one connection.
  const customFields = toCustomDefs(await listCustomFields(ctx, { object: "companies" }));
  const list = await loadRecordList(withCustomFields(companyListConfig, customFields), searchParams, (p, f) =>
    listCompanies(ctx, p, f),
  );
  const members = await loadMemberOptions(ctx);
  const { timeZone, defaultCurrency } = await getOrgSettings(ctx);
  const canWrite = can(ctx, "records:write");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            {can(ctx, "records:export") ? (
              <ExportMenu slug={slug} object="companies" state={list.state} />
            ) : null}
            {canWrite ? <ImportLink slug={slug} object="companies" /> : null}
            {canWrite ? <CompanyFormDialog slug={slug} defaultCurrency={defaultCurrency} /> : null}
          </>
        }
      />
      <CompaniesTable
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
        defaultCurrency={defaultCurrency}
      />
    </>
  );
}
