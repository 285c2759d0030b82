import type { Readable } from "node:stream";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { listCustomFieldDefs } from "../custom-fields/custom-values";
import {
  fileTypeOf,
  importFileKey,
  removeImportFiles,
  type SpooledFile,
  saveImportFile,
  withImportFile,
} from "./import-files";
import { queueImport } from "./queue-import";
import type { DuplicatePolicy, ImportMapping, ImportObject, UnknownOwnerPolicy } from "./schemas";
import { imports } from "./tables";
import { validateMapping } from "./validate-mapping";
import { checkXlsxUpload } from "./zip-entries";

/** A new import, its settings parsed (by the operation `imports.create` for the API). */
export type CreateImportData = {
  object: ImportObject;
  fileName: string;
  file: Readable | SpooledFile;
  mapping?: ImportMapping;
  /** Default: skip (importSettingsSchema's default). */
  onDuplicate?: DuplicatePolicy;
  /** Default: the importer owns the row (importSettingsSchema's default). */
  unknownOwner?: UnknownOwnerPolicy;
  /** Keep it as a draft for the mapping screen instead of queueing it now. */
  draft?: boolean;
};

/**
 * Stores an uploaded file (streamed into the file store) and queues the import — or keeps it as a draft for the
 * mapping screen. The file is not parsed in this request: its header row is read and the mapping
 * proposed (or the given one fitted to it) later, by the mapping screen or the job.
 */
export async function createImport(ctx: Ctx, input: CreateImportData) {
  assertCan(ctx, "records:write");
  const { object } = input;
  const settings = {
    mapping: input.mapping,
    onDuplicate: input.onDuplicate ?? "skip",
    unknownOwner: input.unknownOwner ?? "importer",
  };
  const fileType = fileTypeOf(input.fileName);
  const id = newId();
  const filePath = importFileKey(ctx.orgId, id, fileType);
  const fileSize = await saveImportFile(input.file, filePath);
  try {
    // Only what is cheap here: the file is parsed later, under the reader's caps (prepare-import.ts).
    if (fileType === "xlsx") await withImportFile(filePath, checkXlsxUpload);
    const status = input.draft ? "draft" : "queued";
    const row = await withOrg(ctx, async (tx) => {
      const defs = await listCustomFieldDefs(tx, ctx, object);
      // The targets are checked now; which columns the file has is known once its header row is read.
      const mapping: ImportMapping = settings.mapping
        ? validateMapping(settings.mapping, Object.keys(settings.mapping), object, defs)
        : {};
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
          headers: [],
          mapping,
          onDuplicate: settings.onDuplicate,
          unknownOwner: settings.unknownOwner,
          createdBy: ctx.userId,
          createdByApiKey: ctx.apiKeyId ?? null,
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
