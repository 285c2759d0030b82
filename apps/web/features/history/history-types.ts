export type { HistoryObject } from "@crm/core/modules/records/record-type-info";
