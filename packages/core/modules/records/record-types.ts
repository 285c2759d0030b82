import type { SQL } from "drizzle-orm";
import { activityListSpec } from "../activities/list-spec";
import { companyListSpec } from "../companies/list-spec";
import { contactListSpec } from "../contacts/list-spec";
import { dealListSpec } from "../deals/list-spec";
import { companyMerge, contactMerge, type MergeConfig } from "../duplicates/merge-config";
import type { ExportSpec } from "../exports/export-spec";
import type { ExportRow } from "../exports/read-rows";
import {
  activityExport,
  companyExport,
  contactExport,
  dealExport,
  leadExport,
  taskExport,
} from "../exports/record-exports";
import { leadListSpec } from "../leads/list-spec";
import {
  activitySearch,
  companySearch,
  contactSearch,
  dealSearch,
  leadSearch,
  type SearchSource,
  taskSearch,
} from "../search/search-sources";
import { taskListSpec } from "../tasks/list-spec";
import type { RecordObject } from "./enums";
import type { ListSpec } from "./list-query";
import { DISPLAY_NAMES, RECORD_TABLES, type RecordTables } from "./record-tables";
import { type DuplicateObject, RECORD_TYPE_INFO } from "./record-type-info";

// The record-type registry, part 3 of 3: everything the features need to know about each record
// type, read from one place (parts 1 and 2, record-type-info.ts and record-tables.ts, hold what is
// needed lower down). The trash, names, exports, search, duplicates, history and imports look a
// type up here instead of keeping a map of their own.
//
// Import cycles: this file imports the list specs, search sources, export columns and merge rules,
// so none of those (nor anything they import) may import it; they use parts 1 and 2.
// record-types.test.ts fails on any import cycle in packages/core.

/** The row each type's export reads. */
type ExportRows = { [K in RecordObject]: ExportRow<RecordTables[K]["$inferSelect"]> };

export type RecordType<K extends RecordObject> = (typeof RECORD_TYPE_INFO)[K] & {
  object: K;
  table: RecordTables[K];
  displayName: SQL<string>;
  /** Filters, sorts and search of its list (REST, pages, exports). */
  listSpec: ListSpec;
  /** How a row reads as a global search result. */
  search: SearchSource;
  /** The columns of its list export. */
  export: ExportSpec<ExportRows[K]>;
  /** What a merge of duplicates chooses, unites and moves; null where duplicates are not detected. */
  merge: K extends DuplicateObject ? MergeConfig : null;
};

type Parts<K extends RecordObject> = Pick<RecordType<K>, "listSpec" | "search" | "export" | "merge">;

function declare<K extends RecordObject>(object: K, parts: Parts<K>): RecordType<K> {
  return {
    ...RECORD_TYPE_INFO[object],
    object,
    table: RECORD_TABLES[object],
    displayName: DISPLAY_NAMES[object],
    ...parts,
  };
}

export const RECORD_TYPES: { readonly [K in RecordObject]: RecordType<K> } = {
  contacts: declare("contacts", {
    listSpec: contactListSpec,
    search: contactSearch,
    export: contactExport,
    merge: contactMerge,
  }),
  companies: declare("companies", {
    listSpec: companyListSpec,
    search: companySearch,
    export: companyExport,
    merge: companyMerge,
  }),
  leads: declare("leads", { listSpec: leadListSpec, search: leadSearch, export: leadExport, merge: null }),
  deals: declare("deals", { listSpec: dealListSpec, search: dealSearch, export: dealExport, merge: null }),
  tasks: declare("tasks", { listSpec: taskListSpec, search: taskSearch, export: taskExport, merge: null }),
  activities: declare("activities", {
    listSpec: activityListSpec,
    search: activitySearch,
    export: activityExport,
    merge: null,
  }),
};

export const recordType = <K extends RecordObject>(object: K): RecordType<K> => RECORD_TYPES[object];
