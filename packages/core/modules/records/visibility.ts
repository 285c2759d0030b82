import { type AnyColumn, and, eq, exists, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Ctx } from "../../platform/context";
import { orgSettings } from "../orgs/tables";
import type { RecordObject } from "./enums";
import { recordShares } from "./shares-table";

export type RecordTable = { id: AnyColumn; orgId: AnyColumn; ownerId: AnyColumn; deletedAt: AnyColumn };

/**
 * WHERE clause for the records of `object` the caller may see: always the caller's org and not in
 * the trash; for reps only their own, those shared with them, or all when the org lets reps read all.
 */
export function visibleRecords(
  ctx: Ctx,
  table: RecordTable,
  object: RecordObject,
  options: { trash?: boolean } = {},
): SQL {
  const base = and(
    eq(table.orgId, ctx.orgId),
    options.trash ? isNotNull(table.deletedAt) : isNull(table.deletedAt),
  ) as SQL;
  if (ctx.role !== "rep") return base;
  return and(
    base,
    or(eq(table.ownerId, ctx.userId), sharedWith(ctx, table, object), repsReadAll(ctx)),
  ) as SQL;
}

/** Records a rep may change (or restore from the trash): own or shared (the org setting widens reading only). */
export function writableRecords(
  ctx: Ctx,
  table: RecordTable,
  object: RecordObject,
  options: { trash?: boolean } = {},
): SQL {
  const base = and(
    eq(table.orgId, ctx.orgId),
    options.trash ? isNotNull(table.deletedAt) : isNull(table.deletedAt),
  ) as SQL;
  if (ctx.role !== "rep") return base;
  return and(base, or(eq(table.ownerId, ctx.userId), sharedWith(ctx, table, object))) as SQL;
}

function sharedWith(ctx: Ctx, table: RecordTable, object: RecordObject): SQL {
  return exists(
    sql`(select 1 from ${recordShares} where ${recordShares.orgId} = ${ctx.orgId} and ${recordShares.object} = ${object} and ${recordShares.recordId} = ${table.id} and ${recordShares.userId} = ${ctx.userId})`,
  );
}

function repsReadAll(ctx: Ctx): SQL {
  return sql`coalesce((select ${orgSettings.repsCanReadAll} from ${orgSettings} where ${orgSettings.orgId} = ${ctx.orgId}), false)`;
}
