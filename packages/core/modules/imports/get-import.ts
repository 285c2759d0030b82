import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "../../db/client";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { type Import, importErrors, imports } from "./tables";

/** Admins and managers see every import of the org; others their own. Another's is 404. */
export async function findImportOrThrow(tx: Tx, ctx: Ctx, id: string): Promise<Import> {
  if (!z.uuid().safeParse(id).success) throw notFound("import not found");
  const [row] = await tx
    .select()
    .from(imports)
    .where(and(eq(imports.orgId, ctx.orgId), eq(imports.id, id)));
  const mayView = row && (ctx.role === "admin" || ctx.role === "manager" || startedImport(ctx, row));
  if (!row || !mayView) throw notFound("import not found");
  return row;
}

/** The caller started the import: the same user, or (for a key with no user) the same key. */
export function startedImport(ctx: Ctx, imp: Pick<Import, "createdBy" | "createdByApiKey">): boolean {
  if (ctx.userId) return imp.createdBy === ctx.userId;
  return Boolean(ctx.apiKeyId) && imp.createdByApiKey === ctx.apiKeyId;
}

/** Progress in percent: processed rows of the estimated total (100 when finished). */
export function importProgress(imp: Pick<Import, "status" | "processedRows" | "totalEstimate">): number {
  if (imp.status === "completed" || imp.status === "rolled_back") return 100;
  if (!imp.totalEstimate) return 0;
  return Math.min(99, Math.floor((imp.processedRows / imp.totalEstimate) * 100));
}

/** An import as the API and the UI show it, with its first errors (all of them are in the error CSV). */
export async function getImport(ctx: Ctx, id: string, options: { errorLimit?: number } = {}) {
  assertCan(ctx, "records:read");
  return withOrg(ctx, async (tx) => {
    const imp = await findImportOrThrow(tx, ctx, id);
    const errors = await tx
      .select({ row: importErrors.row, message: importErrors.message })
      .from(importErrors)
      .where(and(eq(importErrors.orgId, ctx.orgId), eq(importErrors.importId, id)))
      .orderBy(asc(importErrors.row))
      .limit(options.errorLimit ?? 500);
    return toImportResponse(imp, errors);
  });
}

export function toImportResponse(imp: Import, errors: { row: number; message: string }[] = []) {
  return {
    id: imp.id,
    object: imp.object,
    status: imp.status,
    fileName: imp.fileName,
    fileSize: imp.fileSize,
    onDuplicate: imp.onDuplicate,
    unknownOwner: imp.unknownOwner,
    imported: imp.imported,
    updated: imp.updated,
    skipped: imp.skipped,
    errored: imp.errored,
    unknownOwners: imp.unknownOwners,
    processedRows: imp.processedRows,
    totalEstimate: imp.totalEstimate,
    progress: importProgress(imp),
    failureMessage: imp.failureMessage,
    createdBy: imp.createdBy,
    createdAt: imp.createdAt,
    startedAt: imp.startedAt,
    finishedAt: imp.finishedAt,
    rolledBackAt: imp.rolledBackAt,
    errors,
  };
}
export type ImportResponse = ReturnType<typeof toImportResponse>;
