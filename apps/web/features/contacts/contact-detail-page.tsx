import { contactName } from "@crm/core/modules/contacts/contact-name";
import { getContactOrThrow } from "@crm/core/modules/contacts/get-contact";
import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import { listRecordNames, listStageNames } from "@crm/core/modules/records/list-record-names";
import type { Ctx } from "@crm/core/platform/context";
import { can } from "@crm/core/platform/permissions";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { parseTimelineTypes, TimelineSection } from "@/features/activities/timeline-section";
import { CustomFieldsSection } from "@/features/custom-fields/custom-fields-section";
import { RelatedDeals } from "@/features/deals/related-deals";
import { MergeNotice } from "@/features/duplicates/merge-notice";
import { VCardButton } from "@/features/exports/vcard-button";
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
import { deleteContactAction } from "./contact-actions";
import { ContactFields } from "./contact-fields";
import { ContactFormDialog } from "./contact-form-dialog";
import { LeadStatusBadge } from "./lead-status-badge";

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: SearchParams };

const loadContact = cache((ctx: Ctx, id: string) => findOrNotFound(id, (v) => getContactOrThrow(ctx, v)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const { ctx } = await requireOrgContext(slug);
  return { title: contactName(await loadContact(ctx, id)) };
}

export async function ContactDetailPage({ params, searchParams }: Props) {
  const { slug, id } = await params;
  const { ctx } = await requireOrgContext(slug);
  const contact = await loadContact(ctx, id);
  const t = await getTranslations("contacts");
  // One after the other: on PGlite every query shares one connection.
  const members = await loadMemberOptions(ctx);
  const companyNames = await listRecordNames(ctx, "companies", [contact.companyId]);
  const { timeZone } = await getOrgSettings(ctx);
  const stageNames = await listStageNames(ctx);
  const types = parseTimelineTypes((await searchParams).types);
  const canWrite = can(ctx, "records:write");
  const name = contactName(contact);
  const company =
    contact.companyId && companyNames[contact.companyId]
      ? { id: contact.companyId, label: companyNames[contact.companyId] as string }
      : null;

  return (
    <>
      <RecordHeader
        backHref={`/o/${slug}/contacts`}
        backLabel={t("title")}
        title={name}
        subtitle={
          contact.title || company ? (
            <>
              {contact.title}
              {contact.title && company ? " · " : null}
              {company ? (
                <Link
                  href={`/o/${slug}/companies/${company.id}`}
                  className="hover:text-foreground hover:underline"
                >
                  {company.label}
                </Link>
              ) : null}
            </>
          ) : null
        }
        badges={<LeadStatusBadge status={contact.leadStatus} />}
        actions={
          <>
            {can(ctx, "records:export") ? (
              <VCardButton slug={slug} contactId={contact.id} name={name} />
            ) : null}
            {canWrite ? (
              <>
                <ContactFormDialog
                  slug={slug}
                  contact={{
                    id: contact.id,
                    firstName: contact.firstName,
                    lastName: contact.lastName,
                    email: contact.email,
                    title: contact.title,
                    leadStatus: contact.leadStatus,
                    phones: contact.phones,
                    company,
                  }}
                />
                <DeleteRecordButton
                  name={name}
                  listHref={`/o/${slug}/contacts`}
                  remove={deleteContactAction.bind(null, slug, contact.id)}
                  restore={restoreRecordAction.bind(null, slug, { object: "contacts", id: contact.id })}
                />
              </>
            ) : null}
          </>
        }
      />
      <MergeNotice ctx={ctx} slug={slug} object="contacts" id={contact.id} timeZone={timeZone} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-6">
          <RecordDetailsCard record={contact} timeZone={timeZone}>
            <ContactFields
              slug={slug}
              contact={contact}
              company={company}
              members={members}
              canWrite={canWrite}
              canAssign={can(ctx, "records:assign")}
            />
          </RecordDetailsCard>
          <CustomFieldsSection ctx={ctx} slug={slug} object="contacts" record={contact} />
          <RelatedDeals
            ctx={ctx}
            slug={slug}
            filter={{ primaryContactId: contact.id }}
            stageNames={stageNames}
          />
          <RelatedTasks ctx={ctx} slug={slug} anchor={{ contactId: contact.id }} timeZone={timeZone} />
          <RecordSharing
            ctx={ctx}
            slug={slug}
            object="contacts"
            recordId={contact.id}
            ownerId={contact.ownerId}
            members={members}
          />
          <RecordHistory ctx={ctx} slug={slug} object="contacts" id={contact.id} timeZone={timeZone} />
        </div>
        <TimelineSection
          ctx={ctx}
          slug={slug}
          anchor={{ contactId: contact.id }}
          types={types}
          members={members}
          stageNames={stageNames}
          timeZone={timeZone}
        />
      </div>
    </>
  );
}
