"use client";
import type { Lead } from "@crm/core/modules/leads/tables";
import type { ColumnDef } from "@tanstack/react-table";
import { Target } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { MutedCell, NameCell } from "@/features/records/cells";
import { RecordTable } from "@/features/records/record-table";
import { type RecordListProps, useRecordList } from "@/features/records/use-record-list";
import { LeadFormDialog } from "./lead-form-dialog";
import { leadListConfig } from "./lead-list-config";
import { LeadStatusBadge } from "./lead-status-badge";

type Props = RecordListProps<Lead>;

const leadName = (lead: { name: string }) => lead.name;

export function LeadsTable(props: Props) {
  const t = useTranslations("leads");
  const { slug } = props;
  const base = `/o/${slug}/leads`;
  const columns = useMemo<ColumnDef<Lead>[]>(
    () => [
      {
        id: "name",
        cell: ({ row }) => (
          <NameCell href={`${base}/${row.original.id}`} name={row.original.name} sub={row.original.email} />
        ),
      },
      { id: "email", cell: ({ row }) => <MutedCell>{row.original.email}</MutedCell> },
      { id: "companyName", cell: ({ row }) => <MutedCell>{row.original.companyName}</MutedCell> },
      { id: "status", cell: ({ row }) => <LeadStatusBadge status={row.original.status} /> },
      { id: "source", cell: ({ row }) => <MutedCell>{row.original.source}</MutedCell> },
    ],
    [base],
  );
  const list = useRecordList(props, leadListConfig, columns);

  return (
    <RecordTable
      {...list}
      object="leads"
      rowHref={(row) => `${base}/${row.id}`}
      rowLabel={leadName}
      searchLabel={t("search")}
      empty={{
        icon: Target,
        title: t("emptyTitle"),
        description: t("emptyText"),
        action: props.canWrite ? <LeadFormDialog slug={slug} /> : undefined,
      }}
    />
  );
}
