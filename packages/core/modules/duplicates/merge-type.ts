import type { PgTable } from "drizzle-orm/pg-core";
import type { DuplicateObject } from "../records/record-type-info";
import { RECORD_TYPES } from "../records/record-types";
import type { RecordTable } from "../records/visibility";
import type { MergeConfig } from "./merge-config";

/** A type's merge rules with its table and audit entity type, as merging and undoing need them. */
export type MergeType = MergeConfig & { table: PgTable & RecordTable; entity: string };

export function mergeTypeOf(object: DuplicateObject): MergeType {
  const type = RECORD_TYPES[object];
  return { ...type.merge, table: type.table, entity: type.entityType };
}
