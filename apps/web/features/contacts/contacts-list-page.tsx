import { listContacts } from "@crm/core/modules/contacts/list-contacts";
import { listCustomFields } from "@crm/core/modules/custom-fields/list-custom-fields";
import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import { listRecordNames } from "@crm/core/modules/records/list-record-names";
import { can } from "@crm/core/platform/permissions";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { toCustomDefs, withCustomFields } from "@/features/custom-fields/custom-list-config";
import { ExportMenu } from "@/features/exports/export-menu";
import { ImportLink } from "@/features/imports/import-link";
import { loadMemberOptions, loadRecordList, type SearchParams } from "@/features/records/load-record-list";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";
import { ContactFormDialog } from "./contact-form-dialog";
import { contactListConfig } from "./contact-list-config";
import { ContactsTable } from "./contacts-table";

type Props = { params: Promise<{ slug: string }>; searchParams: SearchParams };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contacts"))("title") };
}

export async function ContactsListPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { ctx, user } = await requireOrgContext(slug);
  const t = await getTranslations("contacts");
  // One after the other: on PGlite every query shares one connection.
  const customFields = toCustomDefs(await listCustomFields(ctx, { object: "contacts" }));
  const list = await loadRecordList(withCustomFields(contactListConfig, customFields), searchParams, (p, f) =>
    listContacts(ctx, p, f),
  );
  const members = await loadMemberOptions(ctx);
  const companyNames = await listRecordNames(ctx, "companies", [
    ...list.page.data.map((c) => c.companyId),
    list.state.filters.companyId ?? null,
  ]);
  const { timeZone } = await getOrgSettings(ctx);
  const canWrite = can(ctx, "records:write");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            {can(ctx, "records:export") ? (
              <ExportMenu slug={slug} object="contacts" state={list.state} />
            ) : null}
            {canWrite ? <ImportLink slug={slug} object="contacts" /> : null}
            {canWrite ? <ContactFormDialog slug={slug} /> : null}
          </>
        }
      />
      <ContactsTable
        customFields={customFields}
        slug={slug}
        rows={list.page.data}
        nextCursor={list.page.nextCursor}
        total={list.page}
        state={list.state}
        invalid={list.invalid}
        members={members}
        companyNames={companyNames}
        currentUserId={user.id}
        canWrite={canWrite}
        canAssign={can(ctx, "records:assign")}
        timeZone={timeZone}
      />
    </>
  );
}
