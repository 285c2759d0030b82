import { TASK_PRIORITIES, TASK_STATUSES } from "@crm/core/modules/records/enums";
import type { ListConfig } from "@/features/records/list-config";

export const taskListConfig = {
  defaultSort: "dueAt",
  columns: [
    { id: "title", label: "tasks.fields.title", sort: "title", fixed: true },
    { id: "dueAt", label: "tasks.fields.dueAt", sort: "dueAt", default: true },
    { id: "priority", label: "tasks.fields.priority", default: true },
    { id: "status", label: "tasks.fields.status", default: true },
    { id: "related", label: "tasks.fields.related", default: true },
    { id: "owner", label: "tasks.fields.assignee", default: true },
    { id: "tags", label: "records.tags" },
    { id: "createdAt", label: "records.created", sort: "createdAt" },
    { id: "updatedAt", label: "records.updated", sort: "updatedAt" },
  ],
  filters: [
    {
      key: "status",
      kind: "enum",
      label: "tasks.fields.status",
      values: TASK_STATUSES,
      valueLabel: "tasks.status.",
      // Done and cancelled tasks only when asked for.
      defaultValue: "open,in_progress",
    },
    {
      key: "priority",
      kind: "enum",
      label: "tasks.fields.priority",
      values: TASK_PRIORITIES,
      valueLabel: "tasks.priority.",
    },
    { key: "ownerId", kind: "owner", label: "tasks.fields.assignee" },
    { key: "contactId", kind: "record", label: "tasks.fields.contact", picker: "contacts" },
    { key: "companyId", kind: "record", label: "tasks.fields.company", picker: "companies" },
    { key: "dealId", kind: "record", label: "tasks.fields.deal", picker: "deals" },
    { key: "tag", kind: "tag", label: "records.tag" },
  ],
} satisfies ListConfig;
