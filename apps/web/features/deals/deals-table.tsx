"use client";
import type { Deal } from "@crm/core/modules/deals/tables";
import type { ColumnDef } from "@tanstack/react-table";
import { Handshake } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { type ReactNode, useMemo } from "react";
import { Badge } from "@/components/ui/badge";
import { useCompanySearch } from "@/features/companies/use-company-search";
import { useContactSearch } from "@/features/contacts/use-contact-search";
import { MutedCell, NameCell } from "@/features/records/cells";
import { Money } from "@/features/records/money";
import { RecordTable } from "@/features/records/record-table";
import { type RecordListProps, useRecordList } from "@/features/records/use-record-list";
import { DateOnly } from "./date-only";
import { dealListConfig } from "./deal-list-config";
import { DealOutcomeBadge } from "./deal-outcome-badge";

type Props = RecordListProps<Deal> & {
  stageNames: Record<string, string>;
  companyNames: Record<string, string>;
  contactNames: Record<string, string>;
  newDeal: ReactNode;
};

const dealTitle = (deal: { title: string }) => deal.title;
const linkClass =
  "block max-w-40 truncate rounded-sm outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring";

export function DealsTable(props: Props) {
  const t = useTranslations("deals");
  const { slug, stageNames, companyNames, contactNames } = props;
  const base = `/o/${slug}/deals`;
  const searchCompanies = useCompanySearch(slug);
  const searchContacts = useContactSearch(slug);
  const columns = useMemo<ColumnDef<Deal>[]>(() => {
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
    ];
  }, [base, slug, stageNames, companyNames, contactNames]);
  const list = useRecordList(props, dealListConfig, columns);

  return (
    <RecordTable
      {...list}
      object="deals"
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
