import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { listCustomFieldDefs } from "../custom-fields/custom-values";
import { orgDefaultCurrency } from "../deals/pipeline-queries";
import { type BuiltRow, buildRecord } from "./build-record";
import { duplicateKeys, findDuplicates } from "./find-duplicates";
import { findImportOrThrow } from "./get-import";
import { readImportRows } from "./import-files";
import { prepareImportOrThrow } from "./prepare-import";
import { loadOwners, matchOwner, UNKNOWN_OWNER, unknownOwnerMessage } from "./run-state";
import {
  type ImportMapping,
  mappingSchema,
  type UnknownOwnerPolicy,
  unknownOwnerPolicySchema,
} from "./schemas";
import { validateMapping } from "./validate-mapping";

export const PREVIEW_ROWS = 20;

/**
 * The first rows of a file as they would be imported with `mapping`: each with its cells, its
 * validation errors (the create services' schemas), the existing record it duplicates, if any, and
 * an owner value that matches no member (an error when such rows are to be skipped).
 */
export async function previewImport(
  ctx: Ctx,
  id: string,
  input: { mapping?: ImportMapping; unknownOwner?: UnknownOwnerPolicy },
) {
  assertCan(ctx, "records:read");
  await prepareImportOrThrow(ctx, id);
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
    const reader = await readImportRows(imp);
    const built: { values: string[]; result: BuiltRow }[] = [];
    let header = true;
    for await (const { row, values } of reader.rows) {
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
    const owners = await loadOwners(tx, ctx.orgId);
    const policy = unknownOwnerPolicySchema.parse(input.unknownOwner ?? imp.unknownOwner);
    const unknownOwnerOf = (b: (typeof built)[number]) => {
      const owner = b.result.ok ? b.result.refs.owner : undefined;
      return matchOwner(owners, ctx, owner) === UNKNOWN_OWNER ? (owner?.trim() ?? null) : null;
    };
    const rows = built.map((b) => {
      const unknownOwner = unknownOwnerOf(b);
      return {
        row: b.result.row,
        values: b.values,
        error: b.result.ok
          ? unknownOwner !== null && policy === "skip"
            ? unknownOwnerMessage(unknownOwner)
            : null
          : b.result.message,
        unknownOwner,
        duplicateOf:
          keysOf(b)
            .map((k) => existing.get(k))
            .find(Boolean) ?? null,
      };
    });
    const unmatched = rows.flatMap((r) => (r.unknownOwner === null ? [] : [r.unknownOwner]));
    return {
      headers: imp.headers,
      mapping,
      unknownOwner: policy,
      rows,
      /** Previewed rows whose owner matches no member, and the distinct values they name. */
      unknownOwners: { rows: unmatched.length, values: [...new Set(unmatched)].slice(0, 10) },
    };
  });
}
