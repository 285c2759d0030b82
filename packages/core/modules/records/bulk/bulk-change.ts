import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "../../../db/client";
import { inSavepoint, withOrg } from "../../../db/tenant";
import type { Ctx } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { assertCan } from "../../../platform/permissions";
import { auditLog } from "../../audit/tables";
import type { RecordObject } from "../enums";
import { entityTypeOf } from "../record-type-info";
import { visibleRecords, writableRecords } from "../visibility";
import type { BulkOutcome, BulkResult } from "./bulk-schemas";

type TaggedTable = PgTable & {
  id: PgColumn;
  orgId: PgColumn;
  ownerId: PgColumn;
  deletedAt: PgColumn;
  tags: PgColumn;
};

/** What a bulk change needs of a record type: its table and its own update and delete use cases. */
export type BulkTarget<Patch> = {
  object: RecordObject;
  table: TaggedTable;
  update: (ctx: Ctx, id: string, patch: Patch) => Promise<unknown>;
  remove: (ctx: Ctx, id: string) => Promise<void>;
};

export type BulkChange<Patch> =
  | { action: "addTag" | "removeTag"; ids: string[]; tag: string }
  | { action: "update"; ids: string[]; patch: Patch }
  | { action: "delete"; ids: string[] };

const failed = (id: string, error: AppError): BulkOutcome => ({
  id,
  ok: false,
  status: error.status,
  error: error.message,
  ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
});

/**
 * One change to many records in one transaction whose audit entries share a batch id. Tags change
 * in one statement on locked rows (no lost update beside a concurrent edit); updates and deletes run
 * each record's own use case in a savepoint, so every record gets its checks and one refused record
 * leaves the others changed. The answer says, per id, what the single-record call would have.
 */
export async function bulkChange<Patch>(
  ctx: Ctx,
  target: BulkTarget<Patch>,
  change: BulkChange<Patch>,
): Promise<BulkResult> {
  assertCan(ctx, "records:write");
  const batchId = newId();
  const batchCtx: Ctx = { ...ctx, auditBatchId: batchId };
  return withOrg(batchCtx, async (tx) => {
    let outcomes: Map<string, BulkOutcome>;
    if (change.action === "addTag" || change.action === "removeTag") {
      outcomes = await changeTags(tx, batchCtx, target, change.action, change.ids, change.tag);
    } else {
      outcomes = new Map();
      for (const id of change.ids) {
        try {
          await inSavepoint(() =>
            change.action === "update"
              ? target.update(batchCtx, id, change.patch)
              : target.remove(batchCtx, id),
          );
          outcomes.set(id, { id, ok: true });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          outcomes.set(id, failed(id, error));
        }
      }
    }
    return { batchId, data: change.ids.map((id) => outcomes.get(id) as BulkOutcome) };
  });
}

const hasTag = (tags: string[], tag: string) => tags.some((t) => t.toLowerCase() === tag.toLowerCase());

async function changeTags<Patch>(
  tx: Tx,
  ctx: Ctx,
  target: BulkTarget<Patch>,
  action: "addTag" | "removeTag",
  ids: string[],
  tag: string,
): Promise<Map<string, BulkOutcome>> {
  const { table, object } = target;
  const rows = (await tx
    .select({ id: table.id, tags: table.tags })
    .from(table)
    .where(and(writableRecords(ctx, table, object), inArray(table.id, ids)) as SQL)
    .for("update")) as { id: string; tags: string[] }[];
  const changing = rows.filter((row) => (action === "addTag") !== hasTag(row.tags, tag));
  if (changing.length > 0) {
    const newTags =
      action === "addTag"
        ? sql`array_append(${table.tags}, ${tag}::text)`
        : sql`array(select t from unnest(${table.tags}) t where lower(t) <> lower(${tag}))`;
    // Every record table names these columns alike; SET takes them unqualified.
    await tx.execute(
      sql`update ${table} set tags = ${newTags}, updated_at = now() where ${and(
        eq(table.orgId, ctx.orgId),
        inArray(
          table.id,
          changing.map((row) => row.id),
        ),
      )}`,
    );
    const entityType = entityTypeOf(object);
    await tx.insert(auditLog).values(
      changing.map((row) => ({
        id: newId(),
        orgId: ctx.orgId,
        actorUserId: ctx.userId,
        actorApiKeyId: ctx.apiKeyId ?? null,
        action: `${entityType}.update`,
        entityType,
        entityId: row.id,
        before: { tags: row.tags },
        after: {
          tags:
            action === "addTag"
              ? [...row.tags, tag]
              : row.tags.filter((t) => t.toLowerCase() !== tag.toLowerCase()),
        },
        batchId: ctx.auditBatchId ?? null,
      })),
    );
  }
  const outcomes = new Map<string, BulkOutcome>(rows.map((row) => [row.id, { id: row.id, ok: true }]));
  const missing = ids.filter((id) => !outcomes.has(id));
  if (missing.length > 0) {
    const visible = new Set(
      (
        await tx
          .select({ id: table.id })
          .from(table)
          .where(and(visibleRecords(ctx, table, object), inArray(table.id, missing)) as SQL)
      ).map((row) => row.id as string),
    );
    for (const id of missing) {
      outcomes.set(
        id,
        visible.has(id)
          ? failed(id, new AppError("forbidden", "You may view this record but not change it"))
          : failed(id, new AppError("not_found", `${entityTypeOf(object)} not found`)),
      );
    }
  }
  return outcomes;
}
