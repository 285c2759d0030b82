import { ACTIVITY_TYPES, CALL_OUTCOMES, DIRECTIONS } from "../records/enums";
import type { ListSpec } from "../records/list-query";
import { listSearchCondition } from "../search/list-search";
import { visibleActivities } from "./activity-access";
import { activities } from "./tables";

export const activityListSpec: ListSpec = {
  object: "activities",
  table: activities,
  defaultSort: "-occurredAt",
  visibility: visibleActivities,
  fields: {
    type: { kind: "enum", column: activities.type, values: ACTIVITY_TYPES, sortable: true },
    direction: { kind: "enum", column: activities.direction, values: DIRECTIONS },
    callOutcome: { kind: "enum", column: activities.callOutcome, values: CALL_OUTCOMES },
    subject: { kind: "text", column: activities.subject, sortable: true },
    contactId: { kind: "uuid", column: activities.contactId },
    companyId: { kind: "uuid", column: activities.companyId },
    dealId: { kind: "uuid", column: activities.dealId },
    ownerId: { kind: "uuid", column: activities.ownerId },
    tag: { kind: "tags", column: activities.tags },
    occurredAt: { kind: "timestamp", column: activities.occurredAt, sortable: true },
    createdAt: { kind: "timestamp", column: activities.createdAt, sortable: true },
    updatedAt: { kind: "timestamp", column: activities.updatedAt, sortable: true },
  },
  search: (q) => listSearchCondition(activities, q),
};
