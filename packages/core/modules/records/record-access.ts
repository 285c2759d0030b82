import { and, eq, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { assertCan, can } from "../../platform/permissions";
import type { RecordObject } from "./enums";
import { entityTypeOf } from "./record-type-info";
import { type RecordTable, visibleRecords, writableRecords } from "./visibility";

type Table = PgTable & RecordTable;

/** A record the caller may see, or 404 (also for other orgs' and invisible records). */
export async function findVisibleRecord<T>(
  tx: Tx,
  ctx: Ctx,
  table: Table,
  object: RecordObject,
  id: string,
): Promise<T> {
  const [row] = await tx
    .select()
    .from(table)
    .where(and(visibleRecords(ctx, table, object), eq(table.id, id)) as SQL)
    .limit(1);
  if (!row) throw notFound(`${entityTypeOf(object)} not found`);
  return row as T;
}

/** A record the caller may change: 404 when they cannot see it, 403 when they see but may not change it. */
export async function findWritableRecord<T>(
  tx: Tx,
  ctx: Ctx,
  table: Table,
  object: RecordObject,
  id: string,
): Promise<T> {
  assertCan(ctx, "records:write");
  const [row] = await tx
    .select()
    .from(table)
    .where(and(writableRecords(ctx, table, object), eq(table.id, id)) as SQL)
    .limit(1);
  if (row) return row as T;
  await findVisibleRecord(tx, ctx, table, object, id);
  throw new AppError("forbidden", "You may view this record but not change it");
}

/**
 * Handing a record to someone else needs `records:assign` (admins and managers); without it a member
 * who writes may only take an unowned record for themselves, or keep what they own.
 */
export function assertCanAssign(
  ctx: Ctx,
  currentOwnerId: string | null,
  nextOwnerId: string | null | undefined,
): void {
  if (nextOwnerId === undefined || nextOwnerId === currentOwnerId) return;
  if (can(ctx, "records:assign")) return;
  if (can(ctx, "records:write") && nextOwnerId === ctx.userId && currentOwnerId === null) return;
  throw new AppError("forbidden", "Only admins and managers can reassign records", {
    fieldErrors: { ownerId: ["Only admins and managers can reassign records"] },
  });
}
