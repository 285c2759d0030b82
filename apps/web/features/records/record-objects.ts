// The record lists with bulk actions; the server maps each to its services.
export const LIST_OBJECTS = ["contacts", "companies", "leads", "deals", "tasks"] as const;
export type ListObject = (typeof LIST_OBJECTS)[number];
