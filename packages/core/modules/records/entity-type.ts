import type { RecordObject } from "./enums";

/** The audit log's `entityType` of each record object ("companies" → "company", not "companie"). */
export const ENTITY_TYPES = {
  companies: "company",
  contacts: "contact",
  leads: "lead",
  deals: "deal",
  activities: "activity",
  tasks: "task",
} as const satisfies Record<RecordObject, string>;

export const entityTypeOf = (object: RecordObject): string => ENTITY_TYPES[object];
