import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { isAppError } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { listCustomFieldDefs } from "../custom-fields/custom-values";
import { cleanText } from "./clean-text";
import { findImportOrThrow } from "./get-import";
import { readImportRows } from "./import-files";
import { proposeMapping } from "./propose-mapping";
import { type Import, imports } from "./tables";
import { validateMapping } from "./validate-mapping";
import { unreadableFile } from "./zip-entries";

// The upload request only stores the file (and checks what is cheap: size, ZIP signature and
// directory). Its header row is read here, afterwards, under the reader's caps: when the mapping
// screen first opens, or when the job starts an import queued straight from the API.

/** The header row, blank names filled in ("Column 3"); a file without one is refused. */
export async function readImportHeaders(imp: Pick<Import, "filePath" | "fileType">): Promise<string[]> {
  let first: string[] = [];
  for await (const { values } of (await readImportRows(imp)).rows) {
    first = values;
    break;
  }
  const headers = first.map((h, i) => cleanText(h) || `Column ${i + 1}`);
  if (headers.length === 0) throw unreadableFile("The file is empty: it needs a header row");
  return headers;
}

/** Stores the headers and the mapping for them: the one given at upload (checked), else a proposal. */
export async function saveImportHeaders(tx: Tx, ctx: Ctx, imp: Import, headers: string[]): Promise<Import> {
  const defs = await listCustomFieldDefs(tx, ctx, imp.object);
  const mapping = Object.values(imp.mapping).some(Boolean)
    ? validateMapping(imp.mapping, headers, imp.object, defs)
    : proposeMapping(headers, imp.object, defs);
  const [saved] = await tx
    .update(imports)
    .set({ headers, mapping, updatedAt: new Date() })
    .where(and(eq(imports.orgId, ctx.orgId), eq(imports.id, imp.id), sql`${imports.headers} = '[]'::jsonb`))
    .returning();
  return saved ?? (await findImportOrThrow(tx, ctx, imp.id));
}

/**
 * A draft whose header row has not been read yet gets it read now. A file that cannot be read ends
 * the import as failed with the reason (shown on the import's page); the import is returned as it is.
 */
export async function prepareImport(ctx: Ctx, id: string): Promise<Import> {
  assertCan(ctx, "records:read");
  const imp = await withOrg(ctx, (tx) => findImportOrThrow(tx, ctx, id));
  if (imp.headers.length > 0 || imp.status !== "draft") return imp;
  let headers: string[];
  try {
    headers = await readImportHeaders(imp);
  } catch (error) {
    if (!isAppError(error) || error.code !== "unprocessable") throw error;
    return withOrg(ctx, async (tx) => {
      const [failed] = await tx
        .update(imports)
        .set({
          status: "failed",
          failureMessage: error.message,
          finishedAt: new Date(),
          updatedAt: new Date(),
        })
        .where(and(eq(imports.orgId, ctx.orgId), eq(imports.id, id), inArray(imports.status, ["draft"])))
        .returning();
      return failed ?? findImportOrThrow(tx, ctx, id);
    });
  }
  return withOrg(ctx, (tx) => saveImportHeaders(tx, ctx, imp, headers));
}

/** As prepareImport, for the steps that need the headers: a file that cannot be read is a 422. */
export async function prepareImportOrThrow(ctx: Ctx, id: string): Promise<Import> {
  const imp = await prepareImport(ctx, id);
  if (imp.headers.length === 0 && imp.status === "failed")
    throw unreadableFile(imp.failureMessage ?? "The file cannot be read");
  return imp;
}
