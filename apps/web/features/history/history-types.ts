import type { HISTORY_OBJECTS } from "@crm/core/modules/audit/list-record-history";

export type HistoryObject = (typeof HISTORY_OBJECTS)[number];
