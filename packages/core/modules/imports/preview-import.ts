import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { listCustomFieldDefs } from "../custom-fields/custom-values";
import { orgDefaultCurrency } from "../deals/pipeline-queries";
import { type BuiltRow, buildRecord } from "./build-record";
import { duplicateKeys, findDuplicates } from "./find-duplicates";
import { findImportOrThrow } from "./get-import";
import { absoluteImportPath } from "./import-files";
import { readRows } from "./read-rows";
import { type ImportMapping, mappingSchema } from "./schemas";
import { validateMapping } from "./validate-mapping";

export const PREVIEW_ROWS = 20;

/**
 * The first rows of a file as they would be imported with `mapping`: each with its cells, its
 * validation errors (the create services' schemas) and the existing record it duplicates, if any.
 */
export async function previewImport(ctx: Ctx, id: string, input: { mapping?: ImportMapping }) {
  assertCan(ctx, "records:read");
  return withOrg(ctx, async (tx) => {
    const imp = await findImportOrThrow(tx, ctx, id);
    const defs = await listCustomFieldDefs(tx, ctx, imp.object);
    const mapping = validateMapping(
      input.mapping ? mappingSchema.parse(input.mapping) : imp.mapping,
      imp.headers,
      imp.object,
      defs,
    );
    const build = {
      mapping,
      headers: imp.headers,
      defs,
      defaultCurrency: await orgDefaultCurrency(tx, ctx.orgId),
    };
    const { rows } = await readRows(absoluteImportPath(imp.filePath), imp.fileType);
    const built: { values: string[]; result: BuiltRow }[] = [];
    let header = true;
    for await (const { row, values } of rows) {
      if (header) {
        header = false;
        continue;
      }
      if (values.every((v) => !v)) continue;
      built.push({ values, result: buildRecord(imp.object, row, values, build) });
      if (built.length >= PREVIEW_ROWS) break;
    }
    const keysOf = (b: (typeof built)[number]) =>
      b.result.ok ? duplicateKeys(imp.object, b.result.data) : [];
    const existing = await findDuplicates(tx, ctx, imp.object, built.flatMap(keysOf));
    return {
      headers: imp.headers,
      mapping,
      rows: built.map((b) => ({
        row: b.result.row,
        values: b.values,
        error: b.result.ok ? null : b.result.message,
        duplicateOf:
          keysOf(b)
            .map((k) => existing.get(k))
            .find(Boolean) ?? null,
      })),
    };
  });
}
