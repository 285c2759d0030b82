"use client";
import type { Lead } from "@crm/core/modules/leads/tables";
import type { ListTotal } from "@crm/core/modules/records/count-listed";
import type { ColumnDef } from "@tanstack/react-table";
import { Target } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useCustomColumns } from "@/features/custom-fields/custom-columns";
import type { CustomDef } from "@/features/custom-fields/custom-field-value";
import { withCustomFields } from "@/features/custom-fields/custom-list-config";
import { DateCell, MutedCell, NameCell, TagsCell } from "@/features/records/cells";
import type { ListState } from "@/features/records/list-config";
import type { MemberOption } from "@/features/records/member-option";
import { RecordTable } from "@/features/records/record-table";
import { LeadFormDialog } from "./lead-form-dialog";
import { leadListConfig } from "./lead-list-config";
import { LeadStatusBadge } from "./lead-status-badge";

type Props = {
  /** The org's custom fields of this record type: extra columns and filters. */
  customFields?: CustomDef[];
  slug: string;
  rows: Lead[];
  nextCursor: string | null;
  /** How many records the filters select, and whether that is an estimate. */
  total: ListTotal;
  state: ListState;
  invalid: boolean;
  members: MemberOption[];
  currentUserId: string;
  canWrite: boolean;
  canAssign: boolean;
  timeZone: string;
};

const leadName = (lead: { name: string }) => lead.name;

export function LeadsTable(props: Props) {
  const t = useTranslations("leads");
  const { slug, members, timeZone } = props;
  const base = `/o/${slug}/leads`;
  const columns = useMemo<ColumnDef<Lead>[]>(() => {
    const ownerName = (id: string | null) => members.find((m) => m.userId === id)?.name ?? null;
    return [
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
      { id: "owner", cell: ({ row }) => <MutedCell>{ownerName(row.original.ownerId)}</MutedCell> },
      { id: "tags", cell: ({ row }) => <TagsCell tags={row.original.tags} /> },
      { id: "createdAt", cell: ({ row }) => <DateCell value={row.original.createdAt} timeZone={timeZone} /> },
      { id: "updatedAt", cell: ({ row }) => <DateCell value={row.original.updatedAt} timeZone={timeZone} /> },
    ];
  }, [base, members, timeZone]);
  const customColumns = useCustomColumns<Lead>(props.customFields);
  const allColumns = useMemo(() => [...columns, ...customColumns], [columns, customColumns]);
  const config = useMemo(
    () => withCustomFields(leadListConfig, props.customFields ?? []),
    [props.customFields],
  );

  return (
    <RecordTable
      slug={slug}
      object="leads"
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
