import { LEAD_STAGES } from "@crm/core/modules/records/enums";
import type { ListConfig } from "@/features/records/list-config";

export const leadListConfig = {
  columns: [
    { id: "name", label: "leads.fields.name", sort: "name", fixed: true },
    // The email shows under the name, so the default columns fit at 1280 px; as a column on request.
    { id: "email", label: "leads.fields.email" },
    { id: "companyName", label: "leads.fields.companyName", default: true },
    { id: "status", label: "leads.fields.status", sort: "status", default: true },
    { id: "source", label: "leads.fields.source", default: true },
    { id: "owner", label: "records.owner", default: true },
    { id: "tags", label: "records.tags" },
    { id: "createdAt", label: "records.created", sort: "createdAt" },
    { id: "updatedAt", label: "records.updated", sort: "updatedAt", default: true },
  ],
  filters: [
    {
      key: "status",
      kind: "enum",
      label: "leads.fields.status",
      values: LEAD_STAGES,
      valueLabel: "leads.status.",
    },
    { key: "ownerId", kind: "owner", label: "records.owner" },
    { key: "source", kind: "text", label: "leads.fields.source" },
    { key: "tag", kind: "tag", label: "records.tag" },
  ],
} satisfies ListConfig;
