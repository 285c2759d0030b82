import { and, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { listCustomFieldDefs } from "../custom-fields/custom-values";
import { findImportOrThrow, toImportResponse } from "./get-import";
import { prepareImportOrThrow } from "./prepare-import";
import { queueImport } from "./queue-import";
import { type ImportSettingsInput, importSettingsSchema } from "./schemas";
import { imports } from "./tables";
import { validateMapping } from "./validate-mapping";

/** Starts a draft import with the mapping and duplicate policy chosen on the mapping screen. */
export async function startImport(ctx: Ctx, id: string, input: ImportSettingsInput) {
  assertCan(ctx, "records:write");
  const settings = importSettingsSchema.parse(input);
  await prepareImportOrThrow(ctx, id);
  const row = await withOrg(ctx, async (tx) => {
    const imp = await findImportOrThrow(tx, ctx, id);
    if (imp.status !== "draft") throw new AppError("conflict", "This import has already started");
    const defs = await listCustomFieldDefs(tx, ctx, imp.object);
    const mapping = validateMapping(settings.mapping ?? imp.mapping, imp.headers, imp.object, defs);
    if (!Object.values(mapping).some(Boolean)) {
      throw new AppError("unprocessable", "Map at least one column", {
        fieldErrors: { mapping: ["Map at least one column"] },
      });
    }
    const [queued] = await tx
      .update(imports)
      .set({
        status: "queued",
        mapping,
        onDuplicate: settings.onDuplicate,
        unknownOwner: settings.unknownOwner,
        updatedAt: new Date(),
      })
      .where(and(eq(imports.orgId, ctx.orgId), eq(imports.id, id)))
      .returning();
    if (!queued) throw new Error("update returned no row");
    await recordAudit(tx, ctx, {
      action: "import.start",
      entityType: "import",
      entityId: id,
      after: { mapping, onDuplicate: settings.onDuplicate, unknownOwner: settings.unknownOwner },
    });
    return queued;
  });
  await queueImport(ctx.orgId, id);
  return toImportResponse(row);
}
