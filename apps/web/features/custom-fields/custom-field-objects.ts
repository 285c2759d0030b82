import type { RecordObject } from "@crm/core/modules/records/enums";

/** The record types whose custom fields the settings screen manages (activities have none in the UI). */
export const CUSTOM_FIELD_OBJECTS = [
  "contacts",
  "companies",
  "leads",
  "deals",
  "tasks",
] as const satisfies readonly RecordObject[];
export type CustomFieldObject = (typeof CUSTOM_FIELD_OBJECTS)[number];

export const isCustomFieldObject = (value: unknown): value is CustomFieldObject =>
  CUSTOM_FIELD_OBJECTS.includes(value as CustomFieldObject);
