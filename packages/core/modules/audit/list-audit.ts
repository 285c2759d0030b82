import { and, desc, eq, getTableColumns, gte, inArray, like, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { apiKeys } from "../api-keys/tables";
import { auditLog } from "./tables";

/** What an entry did: the part of its action after the dot (`deal.delete` → `delete`). */
export const AUDIT_VERBS = [
  "create",
  "update",
  "delete",
  "restore",
  "purge",
  "merge",
  "merge_undo",
  "duplicate_dismiss",
  "convert",
  "complete",
  "share",
  "unshare",
  "exported",
  "join",
  "remove",
  "updateRole",
  "revoke",
  "narrow",
  "cancel",
  "start",
  "rollback",
  "batch",
  "import",
  "reorder_stages",
] as const;

/** Periods the log can be narrowed to, counted back from now. */
export const AUDIT_PERIODS = { day: 1, week: 7, month: 30, quarter: 90 } as const;

// Each filter is optional; a value that is not one of the allowed ones is a 422 at the boundary.
export const auditFiltersSchema = z.object({
  actorUserId: z.uuid().optional(),
  verb: z.enum(AUDIT_VERBS).optional(),
  entityType: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional(),
  period: z.enum(Object.keys(AUDIT_PERIODS) as [keyof typeof AUDIT_PERIODS]).optional(),
});
export type AuditFilters = z.input<typeof auditFiltersSchema>;

const actorKey = alias(apiKeys, "actor_key");
const entityKey = alias(apiKeys, "entity_key");

/**
 * Newest first, keyset-paginated on the UUIDv7 id (time-ordered), narrowed in SQL by who acted, what
 * they did, the record type and a period. Entries by a key, or about one, carry the key's name
 * (a key of the same org: the join is on the org too).
 */
export async function listAudit(
  ctx: Ctx,
  params: { limit?: number; before?: string; filters?: AuditFilters } = {},
) {
  assertCan(ctx, "audit:read");
  const limit = Math.min(params.limit ?? 50, 200);
  const filters = auditFiltersSchema.parse(params.filters ?? {});
  const since = filters.period
    ? new Date(Date.now() - AUDIT_PERIODS[filters.period] * 24 * 60 * 60 * 1000)
    : undefined;
  return withOrg(ctx, (tx) =>
    tx
      .select({
        ...getTableColumns(auditLog),
        actorApiKeyName: actorKey.name,
        entityApiKeyName: entityKey.name,
      })
      .from(auditLog)
      .leftJoin(actorKey, and(eq(actorKey.orgId, auditLog.orgId), eq(actorKey.id, auditLog.actorApiKeyId)))
      .leftJoin(
        entityKey,
        and(
          eq(auditLog.entityType, "api_key"),
          eq(entityKey.orgId, auditLog.orgId),
          // entity_id is text (ids of every kind); the key's id is a uuid.
          eq(sql`${entityKey.id}::text`, auditLog.entityId),
        ),
      )
      .where(
        and(
          eq(auditLog.orgId, ctx.orgId),
          params.before ? lt(auditLog.id, params.before) : undefined,
          filters.actorUserId ? eq(auditLog.actorUserId, filters.actorUserId) : undefined,
          // Verbs are a fixed list of words without LIKE wildcards ("_" is escaped).
          filters.verb ? like(auditLog.action, `%.${filters.verb.replaceAll("_", "\\_")}`) : undefined,
          // Older share and trash entries of companies were written as "companie".
          filters.entityType
            ? inArray(
                auditLog.entityType,
                filters.entityType === "company" ? ["company", "companie"] : [filters.entityType],
              )
            : undefined,
          since ? gte(auditLog.createdAt, since) : undefined,
        ),
      )
      .orderBy(desc(auditLog.id))
      .limit(limit),
  );
}
