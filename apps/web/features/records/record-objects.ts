import type { BulkObject } from "@crm/core/modules/records/record-type-info";

// The record lists with bulk actions (the record-type registry says which); the server runs them
// through the core bulk operations.
export { BULK_OBJECTS as LIST_OBJECTS } from "@crm/core/modules/records/record-type-info";
export type ListObject = BulkObject;
