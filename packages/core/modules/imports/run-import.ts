import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { logger } from "../../platform/logger";
import { narrowRole } from "../api-keys/key-role";
import { apiKeys } from "../api-keys/tables";
import { recordAudit } from "../audit/record-audit";
import { members } from "../orgs/tables";
import { type BuiltRow, buildRecord } from "./build-record";
import { readImportRows } from "./import-files";
import { readImportHeaders, saveImportHeaders } from "./prepare-import";
import { loadRunState, type RunState } from "./run-state";
import { type Import, imports } from "./tables";
import { writeBatch } from "./write-batch";

export const IMPORT_JOB = "imports.run";
export const importJobSchema = z.object({ orgId: z.uuid(), importId: z.uuid() });
export const IMPORT_BATCH_SIZE = 1000;
/**
 * Text a batch holds before it is written, whatever its row count: an XLSX row may hold up to 1 MB
 * of text from a few bytes of XML (shared strings), so 1,000 rows are not a bound on memory.
 */
export const IMPORT_BATCH_CHARS = 8 * 1024 * 1024;

/** Thrown when another runner has moved the import on (or it was rolled back): this one stops. */
class ImportSuperseded extends Error {}

export type RunHooks = {
  /** Called inside a batch's transaction, before it commits (tests simulate a crash here). */
  beforeCommit?: (batch: number) => void | Promise<void>;
  /** Called after a batch has committed. */
  afterBatch?: (batch: number) => void | Promise<void>;
};

/**
 * Runs (or resumes) an import: reads the file as a stream and writes it in batches, each in one
 * transaction with its records, change log, errors, counters and checkpoint, so a crash loses at
 * most the batch in flight and a resumed run starts after the last committed row.
 */
export async function runImport(orgId: string, importId: string, hooks: RunHooks = {}): Promise<void> {
  const started = await withOrg({ orgId }, async (tx) => {
    const [row] = await tx
      .update(imports)
      .set({
        status: "running",
        startedAt: sql`coalesce(${imports.startedAt}, now())`,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(imports.orgId, orgId),
          eq(imports.id, importId),
          inArray(imports.status, ["queued", "running"]),
        ),
      )
      .returning();
    return row;
  });
  if (!started) return;
  const ctx = await importerContext(started);
  // Queued straight from the API: the header row is read here, not in the upload request.
  const headers = started.headers.length > 0 ? null : await readImportHeaders(started);
  const imp = headers ? await withOrg(ctx, (tx) => saveImportHeaders(tx, ctx, started, headers)) : started;
  const state = await withOrg(ctx, (tx) => loadRunState(tx, ctx, imp));
  const reader = await readImportRows(imp);
  let checkpoint = imp.checkpointRow;
  let batchNo = 0;
  let batch: BuiltRow[] = [];
  let batchChars = 0;
  let header = true;
  const flush = async () => {
    batchNo += 1;
    checkpoint = await commitBatch(state, batch, checkpoint, reader.bytesRead(), batchNo, hooks);
    batch = [];
    batchChars = 0;
    await hooks.afterBatch?.(batchNo);
  };
  try {
    for await (const { row, values } of reader.rows) {
      if (header) {
        header = false;
        continue;
      }
      if (row <= checkpoint || values.every((v) => !v)) continue;
      batch.push(buildRecord(imp.object, row, values, state.build));
      for (const value of values) batchChars += value.length;
      if (batch.length >= IMPORT_BATCH_SIZE || batchChars >= IMPORT_BATCH_CHARS) await flush();
    }
    if (batch.length > 0) await flush();
  } catch (error) {
    if (error instanceof ImportSuperseded) return;
    throw error;
  }
  await withOrg(ctx, async (tx) => {
    const [done] = await tx
      .update(imports)
      .set({
        status: "completed",
        finishedAt: new Date(),
        updatedAt: new Date(),
        totalEstimate: imports.processedRows,
      })
      .where(and(eq(imports.orgId, orgId), eq(imports.id, importId), eq(imports.status, "running")))
      .returning();
    if (done) {
      await recordAudit(tx, ctx, {
        action: "import.complete",
        entityType: "import",
        entityId: importId,
        after: {
          imported: done.imported,
          updated: done.updated,
          skipped: done.skipped,
          errored: done.errored,
          unknownOwners: done.unknownOwners,
        },
      });
    }
  });
}

async function commitBatch(
  state: RunState,
  rows: BuiltRow[],
  expected: number,
  bytesRead: number,
  batchNo: number,
  hooks: RunHooks,
): Promise<number> {
  const { ctx, imp } = state;
  const last = rows[rows.length - 1]?.row ?? expected;
  await withOrg(ctx, async (tx) => {
    // The row lock makes concurrent runners of one import take turns; the checkpoint says who is late.
    const [current] = await tx
      .select({ status: imports.status, checkpoint: imports.checkpointRow, processed: imports.processedRows })
      .from(imports)
      .where(and(eq(imports.orgId, ctx.orgId), eq(imports.id, imp.id)))
      .for("update");
    if (current?.status !== "running" || current.checkpoint !== expected) throw new ImportSuperseded();
    const counts = await writeBatch(tx, state, rows);
    const processed = current.processed + rows.length;
    const estimate =
      bytesRead > 0 ? Math.round((processed * imp.fileSize) / Math.min(bytesRead, imp.fileSize)) : null;
    await tx
      .update(imports)
      .set({
        imported: sql`${imports.imported} + ${counts.imported}`,
        updated: sql`${imports.updated} + ${counts.updated}`,
        skipped: sql`${imports.skipped} + ${counts.skipped}`,
        errored: sql`${imports.errored} + ${counts.errored}`,
        unknownOwners: sql`${imports.unknownOwners} + ${counts.unknownOwners}`,
        processedRows: processed,
        totalEstimate: estimate === null ? null : Math.max(estimate, processed),
        checkpointRow: last,
        updatedAt: new Date(),
      })
      .where(and(eq(imports.orgId, ctx.orgId), eq(imports.id, imp.id)));
    await hooks.beforeCommit?.(batchNo);
  });
  return last;
}

/**
 * The context the import runs in: the rights of whoever started it, as they are now. A key is an
 * actor of its own (a CLI-made key has no user) and is audited as the key; a key its creator made
 * carries at most the creator's current role (as when it authenticates).
 */
async function importerContext(imp: Import): Promise<Ctx> {
  const ctx = imp.createdByApiKey ? await keyContext(imp) : await memberContext(imp);
  if (ctx.role === "readonly")
    throw new AppError("forbidden", "The importer's role may no longer write records");
  return ctx;
}

async function memberContext(imp: Import): Promise<Ctx> {
  const [member] = imp.createdBy
    ? await withOrg({ orgId: imp.orgId }, (tx) =>
        tx
          .select({ role: members.role })
          .from(members)
          .where(and(eq(members.organizationId, imp.orgId), eq(members.userId, imp.createdBy as string))),
      )
    : [];
  if (!member) throw new AppError("forbidden", "The person who started this import is no longer a member");
  return { orgId: imp.orgId, userId: imp.createdBy, role: member.role };
}

async function keyContext(imp: Import): Promise<Ctx> {
  const keyId = imp.createdByApiKey as string;
  const [key] = await withOrg({ orgId: imp.orgId }, (tx) =>
    tx
      .select({ role: apiKeys.role, createdBy: apiKeys.createdBy, creatorRole: members.role })
      .from(apiKeys)
      .leftJoin(
        members,
        and(eq(members.organizationId, apiKeys.orgId), eq(members.userId, apiKeys.createdBy)),
      )
      .where(and(eq(apiKeys.orgId, imp.orgId), eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt))),
  );
  if (!key) throw new AppError("forbidden", "The API key that started this import has been revoked");
  if (key.createdBy === null) return { orgId: imp.orgId, userId: null, role: key.role, apiKeyId: keyId };
  if (!key.creatorRole)
    throw new AppError("forbidden", "The person who made this API key is no longer a member");
  return {
    orgId: imp.orgId,
    userId: key.createdBy,
    role: narrowRole(key.role, key.creatorRole),
    apiKeyId: keyId,
  };
}

/** The queue handler: runs the import; an error ends it as failed (a rollback can undo what got in). */
export async function runImportJob(data: unknown): Promise<void> {
  const { orgId, importId } = importJobSchema.parse(data);
  try {
    await runImport(orgId, importId);
  } catch (error) {
    logger.error({ err: error, importId }, "import failed");
    const message = error instanceof Error ? error.message : String(error);
    await withOrg({ orgId }, (tx) =>
      tx
        .update(imports)
        .set({
          status: "failed",
          failureMessage: message.slice(0, 1000),
          finishedAt: new Date(),
          updatedAt: new Date(),
        })
        .where(
          and(
            eq(imports.orgId, orgId),
            eq(imports.id, importId),
            inArray(imports.status, ["queued", "running"]),
          ),
        ),
    );
  }
}
