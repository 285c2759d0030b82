import { and, desc, eq, inArray, lt, type SQL } from "drizzle-orm";
import { z } from "zod";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { users } from "../auth/tables";
import { listCustomFieldDefs } from "../custom-fields/custom-values";
import { findVisibleRecord } from "../records/record-access";
import { RECORD_TABLES } from "../records/record-tables";
import { entityTypeOf, HISTORY_OBJECTS } from "../records/record-type-info";
import { auditChanges } from "./audit-changes";
import { auditLog } from "./tables";

export const recordHistorySchema = z.object({
  object: z.enum(HISTORY_OBJECTS),
  id: z.uuid(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** The last entry id of the previous page (entry ids are UUIDv7, so time-ordered). */
  before: z.uuid().optional(),
});
export type RecordHistoryInput = z.input<typeof recordHistorySchema>;

/**
 * The audit entries of one record, newest first, a page at a time (keyset on the entry id). Whoever
 * may see the record may read its history; anyone else gets 404, as for the record itself.
 */
export async function listRecordHistory(ctx: Ctx, input: RecordHistoryInput) {
  assertCan(ctx, "records:read");
  const { object, id, limit, before } = recordHistorySchema.parse(input);
  return withOrg(ctx, async (tx) => {
    await findVisibleRecord(tx, ctx, RECORD_TABLES[object], object, id);
    // Older share and trash entries of companies were written as "companie".
    const entityTypes = [...new Set([entityTypeOf(object), object.slice(0, -1)])];
    const rows = await tx
      .select({
        id: auditLog.id,
        action: auditLog.action,
        actorUserId: auditLog.actorUserId,
        actorName: users.name,
        viaApiKey: auditLog.actorApiKeyId,
        before: auditLog.before,
        after: auditLog.after,
        createdAt: auditLog.createdAt,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .where(
        and(
          eq(auditLog.orgId, ctx.orgId),
          inArray(auditLog.entityType, entityTypes),
          eq(auditLog.entityId, id),
          before ? lt(auditLog.id, before) : undefined,
        ) as SQL,
      )
      .orderBy(desc(auditLog.id))
      .limit(limit + 1);
    const page = rows.slice(0, limit);
    const fieldLabels = Object.fromEntries(
      (await listCustomFieldDefs(tx, ctx, object)).map((d) => [`custom.${d.key}`, d.label]),
    );
    return {
      data: page.map(({ before: b, after: a, viaApiKey, ...entry }) => ({
        ...entry,
        viaApiKey: viaApiKey !== null,
        changes: auditChanges(b, a),
        /** The user a share entry names (shared with / unshared from). */
        sharedUserId: shareUserId(entry.action, b, a),
      })),
      nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
      fieldLabels: fieldLabels as Record<string, string>,
    };
  });
}

export type RecordHistoryPage = Awaited<ReturnType<typeof listRecordHistory>>;
export type RecordHistoryEntry = RecordHistoryPage["data"][number];

function shareUserId(action: string, before: unknown, after: unknown): string | null {
  if (!action.endsWith(".share") && !action.endsWith(".unshare")) return null;
  const side = (action.endsWith(".share") ? after : before) as { userId?: unknown } | null;
  return typeof side?.userId === "string" ? side.userId : null;
}
