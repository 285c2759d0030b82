import { and, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { auditLog } from "../audit/tables";
import { decodeCursor, encodeCursor, isTimestampCursor } from "./cursor";
import { DISPLAY_NAMES, RECORD_TABLES } from "./record-tables";
import { entityTypeOf, TRASH_OBJECTS } from "./record-type-info";
import { visibleRecords } from "./visibility";

export const listTrashSchema = z.object({
  object: z.enum(TRASH_OBJECTS),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type ListTrashInput = z.input<typeof listTrashSchema>;

/**
 * Records of one type in the trash that the caller may see, most recently deleted first (keyset on
 * deletedAt, id), each with who deleted it (from the audit log: the record has no column for it).
 */
export async function listTrash(ctx: Ctx, input: ListTrashInput) {
  assertCan(ctx, "records:read");
  const { object, limit, cursor } = listTrashSchema.parse(input);
  const table = RECORD_TABLES[object];
  const label = DISPLAY_NAMES[object];
  const entity = entityTypeOf(object);
  const after = cursor ? decodeCursor(cursor, isTimestampCursor) : null;
  return withOrg(ctx, async (tx) => {
    const rows = await tx
      .select({
        id: sql<string>`${table.id}`,
        label,
        ownerId: sql<string | null>`${table.ownerId}`,
        // Text with milliseconds, so the keyset cursor round-trips exactly.
        deletedAt: sql<string>`to_char(${table.deletedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
      })
      .from(table)
      .where(
        and(
          visibleRecords(ctx, table, object, { trash: true }),
          after ? sql`(${table.deletedAt}, ${table.id}) < (${after.v}::timestamptz, ${after.id})` : undefined,
        ) as SQL,
      )
      .orderBy(sql`${table.deletedAt} desc`, sql`${table.id} desc`)
      .limit(limit + 1);
    const data = rows.slice(0, limit);
    const deletions =
      data.length === 0
        ? []
        : await tx
            .select({ entityId: auditLog.entityId, actorUserId: auditLog.actorUserId })
            .from(auditLog)
            .where(
              and(
                eq(auditLog.orgId, ctx.orgId),
                eq(auditLog.entityType, entity),
                eq(auditLog.action, `${entity}.delete`),
                inArray(
                  auditLog.entityId,
                  data.map((r) => r.id),
                ),
              ),
            )
            .orderBy(desc(auditLog.createdAt));
    const deletedBy = new Map<string, string | null>();
    for (const d of deletions)
      if (d.entityId && !deletedBy.has(d.entityId)) deletedBy.set(d.entityId, d.actorUserId);
    const last = data[data.length - 1];
    return {
      data: data.map((r) => ({ ...r, deletedBy: deletedBy.get(r.id) ?? null })),
      nextCursor: rows.length > limit && last ? encodeCursor({ v: last.deletedAt, id: last.id }) : null,
    };
  });
}
export type TrashEntry = Awaited<ReturnType<typeof listTrash>>["data"][number];
