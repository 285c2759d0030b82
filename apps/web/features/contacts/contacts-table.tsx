"use client";
import { contactName } from "@crm/core/modules/contacts/contact-name";
import type { Contact } from "@crm/core/modules/contacts/tables";
import type { ColumnDef } from "@tanstack/react-table";
import { Users } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { IntentLink } from "@/components/intent-link";
import { useCompanySearch } from "@/features/companies/use-company-search";
import { MutedCell, NameCell } from "@/features/records/cells";
import { RecordTable } from "@/features/records/record-table";
import { type RecordListProps, useRecordList } from "@/features/records/use-record-list";
import { ContactFormDialog } from "./contact-form-dialog";
import { contactListConfig } from "./contact-list-config";
import { LeadStatusBadge } from "./lead-status-badge";

type Props = RecordListProps<Contact> & {
  companyNames: Record<string, string>;
};

export function ContactsTable(props: Props) {
  const t = useTranslations("contacts");
  const { slug, companyNames } = props;
  const base = `/o/${slug}/contacts`;
  const searchCompanies = useCompanySearch(slug);
  const columns = useMemo<ColumnDef<Contact>[]>(
    () => [
      {
        id: "name",
        cell: ({ row }) => (
          <NameCell
            href={`${base}/${row.original.id}`}
            name={contactName(row.original)}
            sub={row.original.email}
          />
        ),
      },
      { id: "email", cell: ({ row }) => <MutedCell>{row.original.email}</MutedCell> },
      {
        id: "company",
        cell: ({ row }) => {
          const id = row.original.companyId;
          const name = id ? companyNames[id] : undefined;
          return name && id ? (
            <IntentLink
              href={`/o/${slug}/companies/${id}`}
              className="block max-w-40 truncate rounded-sm outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
            >
              {name}
            </IntentLink>
          ) : (
            <MutedCell>{null}</MutedCell>
          );
        },
      },
      { id: "leadStatus", cell: ({ row }) => <LeadStatusBadge status={row.original.leadStatus} /> },
      {
        id: "leadScore",
        cell: ({ row }) => <span className="tabular-nums">{row.original.leadScore}</span>,
      },
      { id: "title", cell: ({ row }) => <MutedCell>{row.original.title}</MutedCell> },
    ],
    [base, slug, companyNames],
  );
  const list = useRecordList(props, contactListConfig, columns);

  return (
    <RecordTable
      {...list}
      object="contacts"
      rowHref={(row) => `${base}/${row.id}`}
      rowLabel={contactName}
      searchLabel={t("search")}
      searches={{ companies: searchCompanies }}
      valueLabels={companyNames}
      empty={{
        icon: Users,
        title: t("emptyTitle"),
        description: t("emptyText"),
        action: props.canWrite ? <ContactFormDialog slug={slug} /> : undefined,
      }}
    />
  );
}
