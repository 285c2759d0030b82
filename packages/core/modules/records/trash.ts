import { and, eq, isNotNull, type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { deleteChildRows, scrubPurgedRecord } from "../audit/scrub-purged-record";
import type { RecordObject } from "./enums";
import { findWritableRecord } from "./record-access";
import { entityTypeOf } from "./record-type-info";
import { type RecordTable, visibleRecords, writableRecords } from "./visibility";

type Table = PgTable & RecordTable;

/** Deletes are soft: the record moves to the trash and can be restored. */
export async function moveToTrash(ctx: Ctx, table: Table, object: RecordObject, id: string): Promise<void> {
  await withOrg(ctx, async (tx) => {
    const before = await findWritableRecord<Record<string, unknown>>(tx, ctx, table, object, id);
    await tx
      .update(table)
      .set({ deletedAt: new Date() })
      .where(eq(table.id, id));
    await recordAudit(tx, ctx, {
      action: `${entityTypeOf(object)}.delete`,
      entityType: entityTypeOf(object),
      entityId: id,
      before,
    });
  });
}

export async function restoreFromTrash(
  ctx: Ctx,
  table: Table,
  object: RecordObject,
  id: string,
): Promise<void> {
  assertCan(ctx, "records:write");
  await withOrg(ctx, async (tx) => {
    const [row] = await tx
      .update(table)
      .set({ deletedAt: null })
      .where(and(writableRecords(ctx, table, object, { trash: true }), eq(table.id, id)) as SQL)
      .returning({ id: sql<string>`${table.id}` });
    if (!row) {
      // A rep who sees a trashed record (org setting) but does not own it may not restore it.
      const [seen] = await tx
        .select({ id: sql<string>`${table.id}` })
        .from(table)
        .where(and(visibleRecords(ctx, table, object, { trash: true }), eq(table.id, id)) as SQL);
      if (seen) throw new AppError("forbidden", "You may view this record but not restore it");
      throw notFound(`${entityTypeOf(object)} not found in the trash`);
    }
    await recordAudit(tx, ctx, {
      action: `${entityTypeOf(object)}.restore`,
      entityType: entityTypeOf(object),
      entityId: id,
    });
  });
}

/** Permanent delete from the trash: admins only. */
export async function purgeFromTrash(
  ctx: Ctx,
  table: Table,
  object: RecordObject,
  id: string,
): Promise<void> {
  assertCan(ctx, "records:purge");
  await withOrg(ctx, async (tx) => {
    // Before the record goes (its foreign keys clear the links); undone with the transaction if it is not in the trash.
    const children = await deleteChildRows(tx, ctx.orgId, object, id);
    const [row] = await tx
      .delete(table)
      .where(and(eq(table.orgId, ctx.orgId), eq(table.id, id), isNotNull(table.deletedAt)) as SQL)
      .returning({ id: sql<string>`${table.id}` });
    if (!row) throw notFound(`${entityTypeOf(object)} not found in the trash`);
    await scrubPurgedRecord(tx, ctx.orgId, object, id, children);
    // Only the fact remains: who, when, which type and id (the row itself is in no entry).
    await recordAudit(tx, ctx, {
      action: `${entityTypeOf(object)}.purge`,
      entityType: entityTypeOf(object),
      entityId: id,
    });
  });
}
