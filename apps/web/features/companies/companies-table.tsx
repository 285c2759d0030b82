"use client";
import type { Company } from "@crm/core/modules/companies/tables";
import type { ColumnDef } from "@tanstack/react-table";
import { Building } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { MutedCell, NameCell } from "@/features/records/cells";
import { Money } from "@/features/records/money";
import { RecordTable } from "@/features/records/record-table";
import { type RecordListProps, useRecordList } from "@/features/records/use-record-list";
import { CompanyFormDialog } from "./company-form-dialog";
import { companyListConfig } from "./company-list-config";

type Props = RecordListProps<Company> & {
  defaultCurrency: string;
};

const companyName = (c: { name: string }) => c.name;

export function CompaniesTable(props: Props) {
  const t = useTranslations("companies");
  const { slug } = props;
  const base = `/o/${slug}/companies`;
  const columns = useMemo<ColumnDef<Company>[]>(
    () => [
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
    ],
    [base, t],
  );
  const list = useRecordList(props, companyListConfig, columns);

  return (
    <RecordTable
      {...list}
      object="companies"
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
