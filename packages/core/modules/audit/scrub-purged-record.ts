import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { importChanges } from "../imports/tables";
import { entityTypeOf } from "../records/entity-type";
import type { RecordObject } from "../records/enums";
import { recordShares } from "../records/shares-table";
import { auditLog } from "./tables";

/**
 * A permanent delete leaves only the fact: who, when, the record type and id. Every copy of the
 * row is removed with it: the before/after payloads of the record's audit entries (create, updates,
 * trash, shares, the purge itself), the copy a merge kept of it as a merged duplicate, the snapshot
 * an import kept for its rollback, and its child rows (its shares; deal contacts go by cascade).
 */
export async function scrubPurgedRecord(tx: Tx, orgId: string, object: RecordObject, id: string) {
  const entityType = entityTypeOf(object);
  // Older share and trash entries of companies were written as "companie".
  const entityTypes = [...new Set([entityType, object.slice(0, -1)])];
  await tx
    .update(auditLog)
    .set({ before: null, after: null })
    .where(
      and(
        eq(auditLog.orgId, orgId),
        inArray(auditLog.entityType, entityTypes),
        eq(auditLog.entityId, id),
      ) as SQL,
    );
  // A merge's entry sits on the survivor and keeps each merged row whole (for undo): keep only the id.
  await tx
    .update(auditLog)
    .set({
      before: sql`jsonb_set(${auditLog.before}, '{merged}', (
        select coalesce(jsonb_agg(case when m->>'id' = ${id} then jsonb_build_object('id', m->'id') else m end), '[]'::jsonb)
        from jsonb_array_elements(${auditLog.before}->'merged') m))`,
    })
    .where(
      and(
        eq(auditLog.orgId, orgId),
        eq(auditLog.action, `${entityType}.merge`),
        sql`${auditLog.before}->'merged' @> jsonb_build_array(jsonb_build_object('id', ${id}::text))`,
      ) as SQL,
    );
  await tx
    .delete(importChanges)
    .where(
      and(
        eq(importChanges.orgId, orgId),
        sql`${importChanges.object} = ${object}`,
        eq(importChanges.recordId, id),
      ) as SQL,
    );
  await tx
    .delete(recordShares)
    .where(
      and(
        eq(recordShares.orgId, orgId),
        eq(recordShares.object, object),
        eq(recordShares.recordId, id),
      ) as SQL,
    );
}
