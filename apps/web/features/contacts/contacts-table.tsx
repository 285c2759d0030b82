"use client";
import { contactName } from "@crm/core/modules/contacts/contact-name";
import type { Contact } from "@crm/core/modules/contacts/tables";
import type { ListTotal } from "@crm/core/modules/records/count-listed";
import type { ColumnDef } from "@tanstack/react-table";
import { Users } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { IntentLink } from "@/components/intent-link";
import { useCompanySearch } from "@/features/companies/use-company-search";
import { useCustomColumns } from "@/features/custom-fields/custom-columns";
import type { CustomDef } from "@/features/custom-fields/custom-field-value";
import { withCustomFields } from "@/features/custom-fields/custom-list-config";
import { DateCell, MutedCell, NameCell, TagsCell } from "@/features/records/cells";
import type { ListState } from "@/features/records/list-config";
import type { MemberOption } from "@/features/records/member-option";
import { RecordTable } from "@/features/records/record-table";
import { ContactFormDialog } from "./contact-form-dialog";
import { contactListConfig } from "./contact-list-config";
import { LeadStatusBadge } from "./lead-status-badge";

type Props = {
  /** The org's custom fields of this record type: extra columns and filters. */
  customFields?: CustomDef[];
  slug: string;
  rows: Contact[];
  nextCursor: string | null;
  /** How many records the filters select, and whether that is an estimate. */
  total: ListTotal;
  state: ListState;
  invalid: boolean;
  members: MemberOption[];
  companyNames: Record<string, string>;
  currentUserId: string;
  canWrite: boolean;
  canAssign: boolean;
  timeZone: string;
};

export function ContactsTable(props: Props) {
  const t = useTranslations("contacts");
  const { slug, members, companyNames, timeZone } = props;
  const base = `/o/${slug}/contacts`;
  const searchCompanies = useCompanySearch(slug);
  const columns = useMemo<ColumnDef<Contact>[]>(() => {
    const ownerName = (id: string | null) => members.find((m) => m.userId === id)?.name ?? null;
    return [
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
      { id: "owner", cell: ({ row }) => <MutedCell>{ownerName(row.original.ownerId)}</MutedCell> },
      { id: "title", cell: ({ row }) => <MutedCell>{row.original.title}</MutedCell> },
      { id: "tags", cell: ({ row }) => <TagsCell tags={row.original.tags} /> },
      { id: "createdAt", cell: ({ row }) => <DateCell value={row.original.createdAt} timeZone={timeZone} /> },
      { id: "updatedAt", cell: ({ row }) => <DateCell value={row.original.updatedAt} timeZone={timeZone} /> },
    ];
  }, [base, slug, members, companyNames, timeZone]);
  const customColumns = useCustomColumns<Contact>(props.customFields);
  const allColumns = useMemo(() => [...columns, ...customColumns], [columns, customColumns]);
  const config = useMemo(
    () => withCustomFields(contactListConfig, props.customFields ?? []),
    [props.customFields],
  );

  return (
    <RecordTable
      slug={slug}
      object="contacts"
      config={config}
      columns={allColumns}
      rows={props.rows}
      nextCursor={props.nextCursor}
      total={props.total}
      state={props.state}
      invalid={props.invalid}
      members={members}
      currentUserId={props.currentUserId}
      canWrite={props.canWrite}
      canAssign={props.canAssign}
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
