import type { Readable } from "node:stream";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { listCustomFieldDefs } from "../custom-fields/custom-values";
import {
  absoluteImportPath,
  fileTypeOf,
  importFilePath,
  removeImportFiles,
  type SpooledFile,
  saveImportFile,
} from "./import-files";
import { proposeMapping } from "./propose-mapping";
import { queueImport } from "./queue-import";
import { readHeaders } from "./read-rows";
import { type ImportMapping, importObjectSchema, importSettingsSchema } from "./schemas";
import { imports } from "./tables";
import { validateMapping } from "./validate-mapping";

export type CreateImportInput = {
  object: unknown;
  fileName: string;
  file: Readable | SpooledFile;
  mapping?: unknown;
  onDuplicate?: unknown;
  /** Keep it as a draft for the mapping screen instead of queueing it now. */
  draft?: boolean;
};

/**
 * Stores an uploaded file (streamed to disk), reads its header row and proposes a mapping (or
 * checks the given one), and queues the import — or keeps it as a draft for the mapping screen.
 */
export async function createImport(ctx: Ctx, input: CreateImportInput) {
  assertCan(ctx, "records:write");
  const object = importObjectSchema.parse(input.object);
  const settings = importSettingsSchema.parse({ mapping: input.mapping, onDuplicate: input.onDuplicate });
  const fileType = fileTypeOf(input.fileName);
  const id = newId();
  const filePath = importFilePath(ctx.orgId, id, fileType);
  const fileSize = await saveImportFile(input.file, filePath);
  try {
    const headers = (await readHeaders(absoluteImportPath(filePath), fileType)).map(
      (h, i) => h || `Column ${i + 1}`,
    );
    if (headers.length === 0) {
      throw new AppError("unprocessable", "The file is empty: it needs a header row", {
        fieldErrors: { file: ["The file is empty: it needs a header row"] },
      });
    }
    const status = input.draft ? "draft" : "queued";
    const row = await withOrg(ctx, async (tx) => {
      const defs = await listCustomFieldDefs(tx, ctx, object);
      const mapping: ImportMapping = settings.mapping
        ? validateMapping(settings.mapping, headers, object, defs)
        : proposeMapping(headers, object, defs);
      const [created] = await tx
        .insert(imports)
        .values({
          id,
          orgId: ctx.orgId,
          object,
          status,
          filePath,
          fileName: input.fileName.slice(0, 255),
          fileType,
          fileSize,
          headers,
          mapping,
          onDuplicate: settings.onDuplicate,
          createdBy: ctx.userId,
        })
        .returning();
      if (!created) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, {
        action: "import.create",
        entityType: "import",
        entityId: id,
        after: created,
      });
      return created;
    });
    if (status === "queued") await queueImport(ctx.orgId, id);
    return row;
  } catch (error) {
    await removeImportFiles(ctx.orgId, id);
    throw error;
  }
}
