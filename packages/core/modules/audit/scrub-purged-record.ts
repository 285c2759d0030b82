import { and, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { activities } from "../activities/tables";
import { importChanges } from "../imports/tables";
import type { RecordObject } from "../records/enums";
import { entityTypeOf } from "../records/record-type-info";
import { recordShares } from "../records/shares-table";
import { tasks } from "../tasks/tables";
import { auditLog } from "./tables";

const LINKS = ["contactId", "companyId", "dealId"] as const;
const LINK_OF: Partial<Record<RecordObject, (typeof LINKS)[number]>> = {
  contacts: "contactId",
  companies: "companyId",
  deals: "dealId",
};

export type PurgedChildren = { activityIds: string[]; taskIds: string[] };

/**
 * Activities and tasks that hang on the purged record alone are its child rows and go with it (the
 * foreign key would leave them behind, linked to nothing, still holding what was said about it).
 * Ones also linked to another record stay with that record. Runs before the record is deleted: the
 * foreign key clears the link.
 */
export async function deleteChildRows(
  tx: Tx,
  orgId: string,
  object: RecordObject,
  id: string,
): Promise<PurgedChildren> {
  const link = LINK_OF[object];
  if (!link) return { activityIds: [], taskIds: [] };
  const others = LINKS.filter((l) => l !== link);
  const deletedActivities = await tx
    .delete(activities)
    .where(
      and(eq(activities.orgId, orgId), eq(activities[link], id), ...others.map((o) => isNull(activities[o]))),
    )
    .returning({ id: activities.id });
  const deletedTasks = await tx
    .delete(tasks)
    .where(and(eq(tasks.orgId, orgId), eq(tasks[link], id), ...others.map((o) => isNull(tasks[o]))))
    .returning({ id: tasks.id });
  return { activityIds: deletedActivities.map((r) => r.id), taskIds: deletedTasks.map((r) => r.id) };
}

/**
 * A permanent delete leaves only the fact: who, when, the record type and id. Every copy of the
 * row is removed with it: the before/after payloads of the record's audit entries (create, updates,
 * trash, shares, the purge itself), the copy a merge kept of it as a merged duplicate, the snapshot
 * an import kept for its rollback, and its child rows (its shares; deal contacts go by cascade) with
 * the payloads of their entries (the activities and tasks deleteChildRows removed).
 */
export async function scrubPurgedRecord(
  tx: Tx,
  orgId: string,
  object: RecordObject,
  id: string,
  children: PurgedChildren = { activityIds: [], taskIds: [] },
) {
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
  for (const [type, ids] of [
    ["activity", children.activityIds],
    ["task", children.taskIds],
  ] as const) {
    if (ids.length === 0) continue;
    await tx
      .update(auditLog)
      .set({ before: null, after: null })
      .where(
        and(eq(auditLog.orgId, orgId), eq(auditLog.entityType, type), inArray(auditLog.entityId, ids)) as SQL,
      );
  }
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
