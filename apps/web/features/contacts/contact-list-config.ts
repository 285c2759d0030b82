import { LEAD_STATUSES } from "@crm/core/modules/records/enums";
import type { ListConfig } from "@/features/records/list-config";

export const contactListConfig = {
  columns: [
    { id: "name", label: "contacts.fields.name", sort: "firstName", fixed: true },
    // The email shows under the name, so the default columns fit at 1280 px; as a column on request.
    { id: "email", label: "contacts.fields.email" },
    { id: "company", label: "contacts.fields.company", default: true },
    { id: "leadStatus", label: "contacts.fields.leadStatus", sort: "leadStatus", default: true },
    { id: "leadScore", label: "contacts.fields.leadScore", sort: "leadScore", default: true },
    { id: "owner", label: "records.owner", default: true },
    { id: "title", label: "contacts.fields.title" },
    { id: "tags", label: "records.tags" },
    { id: "createdAt", label: "records.created", sort: "createdAt" },
    { id: "updatedAt", label: "records.updated", sort: "updatedAt", default: true },
  ],
  filters: [
    {
      key: "leadStatus",
      kind: "enum",
      label: "contacts.fields.leadStatus",
      values: LEAD_STATUSES,
      valueLabel: "contacts.status.",
    },
    { key: "companyId", kind: "record", label: "contacts.fields.company", picker: "companies" },
    { key: "ownerId", kind: "owner", label: "records.owner" },
    { key: "tag", kind: "tag", label: "records.tag" },
    { key: "leadScore[gte]", kind: "min", label: "contacts.minScore" },
  ],
} satisfies ListConfig;
