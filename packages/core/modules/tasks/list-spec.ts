import { TASK_PRIORITIES, TASK_STATUSES } from "../records/enums";
import type { ListSpec } from "../records/list-query";
import { listSearchCondition } from "../search/list-search";
import { tasks } from "./tables";

export const taskListSpec: ListSpec = {
  object: "tasks",
  table: tasks,
  // What is due next first; tasks without a due date after every dated one.
  defaultSort: "dueAt",
  fields: {
    title: { kind: "text", column: tasks.title, sortable: true },
    status: { kind: "enum", column: tasks.status, values: TASK_STATUSES },
    priority: { kind: "enum", column: tasks.priority, values: TASK_PRIORITIES },
    ownerId: { kind: "uuid", column: tasks.ownerId },
    contactId: { kind: "uuid", column: tasks.contactId },
    companyId: { kind: "uuid", column: tasks.companyId },
    dealId: { kind: "uuid", column: tasks.dealId },
    tag: { kind: "tags", column: tasks.tags },
    // Tasks without a due date sort last.
    dueAt: { kind: "timestamp", column: tasks.dueAt, sortable: true, sortNullAs: "9999-12-31T00:00:00Z" },
    createdAt: { kind: "timestamp", column: tasks.createdAt, sortable: true },
    updatedAt: { kind: "timestamp", column: tasks.updatedAt, sortable: true },
  },
  search: (q) => listSearchCondition(tasks, q),
};
