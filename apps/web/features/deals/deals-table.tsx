"use client";
import type { Deal } from "@crm/core/modules/deals/tables";
import type { ListTotal } from "@crm/core/modules/records/count-listed";
import type { ColumnDef } from "@tanstack/react-table";
import { Handshake } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { type ReactNode, useMemo } from "react";
import { Badge } from "@/components/ui/badge";
import { useCompanySearch } from "@/features/companies/use-company-search";
import { useContactSearch } from "@/features/contacts/use-contact-search";
import { useCustomColumns } from "@/features/custom-fields/custom-columns";
import type { CustomDef } from "@/features/custom-fields/custom-field-value";
import { withCustomFields } from "@/features/custom-fields/custom-list-config";
import { DateCell, MutedCell, NameCell, TagsCell } from "@/features/records/cells";
import type { ListState } from "@/features/records/list-config";
import type { MemberOption } from "@/features/records/member-option";
import { Money } from "@/features/records/money";
import { RecordTable } from "@/features/records/record-table";
import { DateOnly } from "./date-only";
import { dealListConfig } from "./deal-list-config";
import { DealOutcomeBadge } from "./deal-outcome-badge";

type Props = {
  /** The org's custom fields of this record type: extra columns and filters. */
  customFields?: CustomDef[];
  slug: string;
  rows: Deal[];
  nextCursor: string | null;
  /** How many records the filters select, and whether that is an estimate. */
  total: ListTotal;
  state: ListState;
  invalid: boolean;
  members: MemberOption[];
  stageNames: Record<string, string>;
  companyNames: Record<string, string>;
  contactNames: Record<string, string>;
  currentUserId: string;
  canWrite: boolean;
  canAssign: boolean;
  timeZone: string;
  newDeal: ReactNode;
};

const dealTitle = (deal: { title: string }) => deal.title;
const linkClass =
  "block max-w-40 truncate rounded-sm outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring";

export function DealsTable(props: Props) {
  const t = useTranslations("deals");
  const { slug, members, stageNames, companyNames, contactNames, timeZone } = props;
  const base = `/o/${slug}/deals`;
  const searchCompanies = useCompanySearch(slug);
  const searchContacts = useContactSearch(slug);
  const columns = useMemo<ColumnDef<Deal>[]>(() => {
    const ownerName = (id: string | null) => members.find((m) => m.userId === id)?.name ?? null;
    const link = (href: string, name: string | undefined) =>
      name ? (
        <Link href={href} className={linkClass}>
          {name}
        </Link>
      ) : (
        <MutedCell>{null}</MutedCell>
      );
    return [
      {
        id: "title",
        cell: ({ row }) => <NameCell href={`${base}/${row.original.id}`} name={row.original.title} />,
      },
      {
        id: "value",
        cell: ({ row }) => <Money minor={row.original.value} currency={row.original.currency} />,
      },
      {
        id: "stage",
        cell: ({ row }) =>
          row.original.outcome ? (
            <DealOutcomeBadge outcome={row.original.outcome} />
          ) : (
            <Badge variant="secondary">{stageNames[row.original.stageId] ?? "?"}</Badge>
          ),
      },
      {
        id: "company",
        cell: ({ row }) => {
          const id = row.original.companyId;
          return link(`/o/${slug}/companies/${id}`, id ? companyNames[id] : undefined);
        },
      },
      {
        id: "contact",
        cell: ({ row }) => {
          const id = row.original.primaryContactId;
          return link(`/o/${slug}/contacts/${id}`, id ? contactNames[id] : undefined);
        },
      },
      {
        id: "expectedCloseDate",
        cell: ({ row }) => <DateOnly value={row.original.expectedCloseDate} />,
      },
      {
        id: "probability",
        cell: ({ row }) => <span className="tabular-nums">{row.original.probability} %</span>,
      },
      { id: "owner", cell: ({ row }) => <MutedCell>{ownerName(row.original.ownerId)}</MutedCell> },
      { id: "tags", cell: ({ row }) => <TagsCell tags={row.original.tags} /> },
      { id: "createdAt", cell: ({ row }) => <DateCell value={row.original.createdAt} timeZone={timeZone} /> },
      { id: "updatedAt", cell: ({ row }) => <DateCell value={row.original.updatedAt} timeZone={timeZone} /> },
    ];
  }, [base, slug, members, stageNames, companyNames, contactNames, timeZone]);
  const customColumns = useCustomColumns<Deal>(props.customFields);
  const allColumns = useMemo(() => [...columns, ...customColumns], [columns, customColumns]);
  const config = useMemo(
    () => withCustomFields(dealListConfig, props.customFields ?? []),
    [props.customFields],
  );

  return (
    <RecordTable
      slug={slug}
      object="deals"
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
      rowLabel={dealTitle}
      searchLabel={t("search")}
      searches={{ companies: searchCompanies, contacts: searchContacts }}
      valueLabels={{ ...companyNames, ...contactNames }}
      empty={{
        icon: Handshake,
        title: t("emptyTitle"),
        description: t("emptyText"),
        action: props.canWrite ? props.newDeal : undefined,
      }}
    />
  );
}
