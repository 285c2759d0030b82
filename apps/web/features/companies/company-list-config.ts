import { SIZE_BANDS } from "@crm/core/modules/records/enums";
import type { ListConfig } from "@/features/records/list-config";

export const companyListConfig = {
  columns: [
    { id: "name", label: "companies.fields.name", sort: "name", fixed: true },
    { id: "domain", label: "companies.fields.domain", default: true },
    { id: "industry", label: "companies.fields.industry", default: true },
    { id: "sizeBand", label: "companies.fields.sizeBand", default: true },
    { id: "annualRevenue", label: "companies.fields.annualRevenue", sort: "annualRevenue" },
    { id: "owner", label: "records.owner", default: true },
    { id: "tags", label: "records.tags" },
    { id: "createdAt", label: "records.created", sort: "createdAt" },
    { id: "updatedAt", label: "records.updated", sort: "updatedAt", default: true },
  ],
  filters: [
    {
      key: "sizeBand",
      kind: "enum",
      label: "companies.fields.sizeBand",
      values: SIZE_BANDS,
      valueLabel: "companies.size.",
    },
    { key: "industry", kind: "text", label: "companies.fields.industry" },
    { key: "ownerId", kind: "owner", label: "records.owner" },
    { key: "tag", kind: "tag", label: "records.tag" },
  ],
} satisfies ListConfig;
