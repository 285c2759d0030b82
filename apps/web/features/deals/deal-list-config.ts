import { DEAL_OUTCOMES } from "@crm/core/modules/records/enums";
import type { ListConfig } from "@/features/records/list-config";

export const dealListConfig = {
  columns: [
    { id: "title", label: "deals.fields.title", sort: "title", fixed: true },
    { id: "value", label: "deals.fields.value", sort: "value", default: true },
    { id: "stage", label: "deals.fields.stage", default: true },
    { id: "company", label: "deals.fields.company", default: true },
    { id: "contact", label: "deals.fields.contact" },
    {
      id: "expectedCloseDate",
      label: "deals.fields.expectedCloseDate",
      sort: "expectedCloseDate",
      default: true,
    },
    { id: "probability", label: "deals.fields.probability", sort: "probability" },
    { id: "owner", label: "records.owner", default: true },
    { id: "tags", label: "records.tags" },
    { id: "createdAt", label: "records.created", sort: "createdAt" },
    { id: "updatedAt", label: "records.updated", sort: "updatedAt" },
  ],
  filters: [
    {
      key: "outcome",
      kind: "enum",
      label: "deals.fields.outcome",
      values: DEAL_OUTCOMES,
      valueLabel: "deals.outcome.",
    },
    { key: "ownerId", kind: "owner", label: "records.owner" },
    { key: "companyId", kind: "record", label: "deals.fields.company", picker: "companies" },
    { key: "primaryContactId", kind: "record", label: "deals.fields.contact", picker: "contacts" },
    { key: "value[gte]", kind: "min", label: "deals.minValue", money: true },
    { key: "expectedCloseDate[gte]", kind: "dateFrom", label: "deals.closesFrom" },
    { key: "expectedCloseDate[lte]", kind: "dateTo", label: "deals.closesTo" },
    { key: "tag", kind: "tag", label: "records.tag" },
  ],
} satisfies ListConfig;
