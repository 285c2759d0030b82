"use client";
import type { Company } from "@crm/core/modules/companies/tables";
import type { ListTotal } from "@crm/core/modules/records/count-listed";
import type { ColumnDef } from "@tanstack/react-table";
import { Building } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useCustomColumns } from "@/features/custom-fields/custom-columns";
import type { CustomDef } from "@/features/custom-fields/custom-field-value";
import { withCustomFields } from "@/features/custom-fields/custom-list-config";
import { DateCell, MutedCell, NameCell, TagsCell } from "@/features/records/cells";
import type { ListState } from "@/features/records/list-config";
import type { MemberOption } from "@/features/records/member-option";
import { Money } from "@/features/records/money";
import { RecordTable } from "@/features/records/record-table";
import { CompanyFormDialog } from "./company-form-dialog";
import { companyListConfig } from "./company-list-config";

type Props = {
  /** The org's custom fields of this record type: extra columns and filters. */
  customFields?: CustomDef[];
  slug: string;
  rows: Company[];
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
  defaultCurrency: string;
};

const companyName = (c: { name: string }) => c.name;

export function CompaniesTable(props: Props) {
  const t = useTranslations("companies");
  const { slug, members, timeZone } = props;
  const base = `/o/${slug}/companies`;
  const columns = useMemo<ColumnDef<Company>[]>(() => {
    const ownerName = (id: string | null) => members.find((m) => m.userId === id)?.name ?? null;
    return [
      {
        id: "name",
        cell: ({ row }) => <NameCell href={`${base}/${row.original.id}`} name={row.original.name} />,
      },
      { id: "domain", cell: ({ row }) => <MutedCell>{row.original.domain}</MutedCell> },
      { id: "industry", cell: ({ row }) => <MutedCell>{row.original.industry}</MutedCell> },
      {
        id: "sizeBand",
        cell: ({ row }) => (
          <MutedCell>{row.original.sizeBand ? t(`size.${row.original.sizeBand}`) : null}</MutedCell>
        ),
      },
      {
        id: "annualRevenue",
        cell: ({ row }) =>
          row.original.annualRevenue !== null && row.original.annualRevenueCurrency ? (
            <Money minor={row.original.annualRevenue} currency={row.original.annualRevenueCurrency} compact />
          ) : (
            <MutedCell>{null}</MutedCell>
          ),
      },
      { id: "owner", cell: ({ row }) => <MutedCell>{ownerName(row.original.ownerId)}</MutedCell> },
      { id: "tags", cell: ({ row }) => <TagsCell tags={row.original.tags} /> },
      { id: "createdAt", cell: ({ row }) => <DateCell value={row.original.createdAt} timeZone={timeZone} /> },
      { id: "updatedAt", cell: ({ row }) => <DateCell value={row.original.updatedAt} timeZone={timeZone} /> },
    ];
  }, [base, members, timeZone, t]);
  const customColumns = useCustomColumns<Company>(props.customFields);
  const allColumns = useMemo(() => [...columns, ...customColumns], [columns, customColumns]);
  const config = useMemo(
    () => withCustomFields(companyListConfig, props.customFields ?? []),
    [props.customFields],
  );

  return (
    <RecordTable
      slug={slug}
      object="companies"
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
      rowLabel={companyName}
      searchLabel={t("search")}
      empty={{
        icon: Building,
        title: t("emptyTitle"),
        description: t("emptyText"),
        action: props.canWrite ? (
          <CompanyFormDialog slug={slug} defaultCurrency={props.defaultCurrency} />
        ) : undefined,
      }}
    />
  );
}
