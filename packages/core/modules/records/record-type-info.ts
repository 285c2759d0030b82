import { RECORD_OBJECTS, type RecordObject } from "./enums";

// The record-type registry, part 1 of 3: what each record type is called and which features it
// takes part in. No database import, so the UI may use it too. Part 2 (record-tables.ts) adds each
// type's table and display name, part 3 (record-types.ts) its list spec, search source, export
// columns and merge rules.

export type RecordTypeInfo = {
  /** The audit log's `entityType` ("companies" → "company", not "companie"). */
  entityType: string;
  /** Deleted records go to the trash screen, to be restored or purged. */
  trash: boolean;
  /** The record page shows its audit history. */
  history: boolean;
  /** Records can be imported from CSV or XLSX. */
  import: boolean;
  /** Duplicates are detected and can be merged. */
  duplicates: boolean;
  /** The list page has bulk actions (assign, tag, trash). */
  bulk: boolean;
};

export const RECORD_TYPE_INFO = {
  contacts: { entityType: "contact", trash: true, history: true, import: true, duplicates: true, bulk: true },
  companies: {
    entityType: "company",
    trash: true,
    history: true,
    import: true,
    duplicates: true,
    bulk: true,
  },
  leads: { entityType: "lead", trash: true, history: true, import: true, duplicates: false, bulk: true },
  deals: { entityType: "deal", trash: true, history: true, import: true, duplicates: false, bulk: true },
  tasks: { entityType: "task", trash: true, history: true, import: false, duplicates: false, bulk: true },
  // Activities live on their records' timelines: no trash screen, history, import or list of their own.
  activities: {
    entityType: "activity",
    trash: false,
    history: false,
    import: false,
    duplicates: false,
    bulk: false,
  },
} as const satisfies Record<RecordObject, RecordTypeInfo>;

type Info = typeof RECORD_TYPE_INFO;
export type RecordFeature = Exclude<keyof RecordTypeInfo, "entityType">;
/** The record types that take part in `F`. */
export type RecordObjectWith<F extends RecordFeature> = {
  [K in RecordObject]: Info[K][F] extends true ? K : never;
}[RecordObject];

/** The record types that take part in a feature, in the app's order. */
export function recordObjectsWith<F extends RecordFeature>(feature: F): readonly RecordObjectWith<F>[] {
  return RECORD_OBJECTS.filter(
    (object): object is RecordObjectWith<F> => RECORD_TYPE_INFO[object][feature] === true,
  );
}

export const TRASH_OBJECTS = recordObjectsWith("trash");
export type TrashObject = RecordObjectWith<"trash">;
export const HISTORY_OBJECTS = recordObjectsWith("history");
export type HistoryObject = RecordObjectWith<"history">;
export const IMPORT_OBJECTS = recordObjectsWith("import");
export type ImportObject = RecordObjectWith<"import">;
export const DUPLICATE_OBJECTS = recordObjectsWith("duplicates");
export type DuplicateObject = RecordObjectWith<"duplicates">;
export const BULK_OBJECTS = recordObjectsWith("bulk");
export type BulkObject = RecordObjectWith<"bulk">;
/** Every record type exports its list (CSV, XLSX). */
export const EXPORT_OBJECTS = RECORD_OBJECTS;
export type ExportObject = RecordObject;

export const entityTypeOf = (object: RecordObject): Info[RecordObject]["entityType"] =>
  RECORD_TYPE_INFO[object].entityType;
