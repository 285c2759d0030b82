import { and, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { logger } from "../../platform/logger";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { auditLog } from "../audit/tables";
import { listCustomFieldDefs } from "../custom-fields/custom-values";
import type { CustomFieldDefinition } from "../custom-fields/tables";
import { getOrgSettings } from "../orgs/get-org-settings";
import { buildListQuery, type ListFilters, type ListSpec, listParamsSchema } from "../records/list-query";
import { nameOf } from "../records/list-record-names";
import type { ExportObject } from "../records/record-type-info";
import { RECORD_TYPES } from "../records/record-types";
import type { Cell } from "./csv";
import { type ExportColumn, type ExportSpec, type RecordRow, refKey } from "./export-spec";
import { readAhead } from "./read-ahead";
import { EXPORT_KEYS, type ExportFormat, type ExportQuery } from "./schemas";
import { customCell } from "./values";

// A list export reads the list exactly as the list page does (visibility, filters, q, sort), in
// keyset batches of one short transaction each: no table is ever loaded whole and no connection
// is held while the client downloads. The caller pulls batches, so a slow client slows the reads.

/** Rows per batch: one list query (names included) and one short transaction each. */
export const EXPORT_BATCH_SIZE = 1000;

export type ExportSource = {
  object: ExportObject;
  format: ExportFormat;
  header: string[];
  batches: AsyncIterable<Cell[][]>;
  /** Completes the export's audit entry (written when it opened) with the rows sent and whether it ran to the end. */
  finish(rowCount: number, completed: boolean): Promise<void>;
};

/** Opens an export of `object` as the query describes it; invalid filters or columns fail here, before any byte is sent. */
export function openListExport(ctx: Ctx, object: ExportObject, query: ExportQuery): Promise<ExportSource> {
  assertCan(ctx, "records:export");
  return openExport(ctx, object, query);
}

function openExport<K extends ExportObject>(ctx: Ctx, object: K, query: ExportQuery): Promise<ExportSource> {
  const type = RECORD_TYPES[object];
  return exportList(ctx, object, type.listSpec, type.export, query);
}

async function exportList<R extends RecordRow>(
  ctx: Ctx,
  object: ExportObject,
  listSpec: ListSpec,
  spec: ExportSpec<R>,
  query: ExportQuery,
): Promise<ExportSource> {
  const options = { format: query.format ?? "csv", columns: query.columns || query.cols || undefined };
  const params = listParamsSchema.parse({ sort: query.sort, q: query.q, trash: query.trash });
  const filters: ListFilters = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && !(EXPORT_KEYS as readonly string[]).includes(key)) filters[key] = value;
  }
  const { defaultCurrency } = await getOrgSettings(ctx);
  const audited = (columns: ExportColumn<R>[], rowCount: number | null, completed: boolean) => ({
    format: options.format,
    filters,
    q: params.q ?? null,
    sort: params.sort ?? null,
    columns: columns.map((c) => c.id),
    rowCount,
    completed,
  });
  const { defs, columns, auditId } = await withOrg(ctx, async (tx) => {
    const found = await listCustomFieldDefs(tx, ctx, object);
    buildListQuery(ctx, listSpec, params, filters, found); // validates filters and sort
    const chosen = chooseColumns(spec, found, options.columns, defaultCurrency);
    // The entry is written before the first byte leaves: an export that cannot be audited does
    // not start. Its row count and completion are filled in when the download ends.
    const id = await recordAudit(tx, ctx, {
      action: "records.exported",
      entityType: object,
      after: audited(chosen, null, false),
    });
    return { defs: found, columns: chosen, auditId: id };
  });
  const names = columns.flatMap((c) =>
    c.ref ? [{ key: refKey(c.id), expr: nameOf(ctx, c.ref.kind, c.ref.id) }] : [],
  );
  // A spreadsheet gets timestamps as date cells; CSV keeps the ISO text the database wrote.
  const values = columns.map((c) =>
    c.timestamp && options.format === "xlsx" ? (row: R) => toDate(c.value(row)) : c.value,
  );

  // Reads only: the next batch's statement goes out while the caller still turns this one into cells.
  async function* pages(): AsyncGenerator<R[]> {
    let cursor: string | undefined;
    do {
      const page = await withOrg(ctx, async (tx) => {
        const list = buildListQuery(
          ctx,
          listSpec,
          { ...params, limit: EXPORT_BATCH_SIZE, cursor },
          filters,
          defs,
          { maxLimit: EXPORT_BATCH_SIZE },
        );
        return list.page(await spec.read(tx, list, names));
      });
      yield page.data;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  async function* batches(): AsyncGenerator<Cell[][]> {
    for await (const rows of readAhead(pages())) yield rows.map((row) => values.map((value) => value(row)));
  }

  let finished = false;
  return {
    object,
    format: options.format,
    header: columns.map((c) => c.header),
    batches: batches(),
    async finish(rowCount, completed) {
      if (finished) return;
      finished = true;
      await withOrg(ctx, (tx) =>
        tx
          .update(auditLog)
          .set({ after: audited(columns, rowCount, completed) })
          .where(and(eq(auditLog.orgId, ctx.orgId), eq(auditLog.id, auditId))),
      ).catch((error: unknown) => logger.error({ err: error, object }, "export audit failed"));
    },
  };
}

const toDate = (value: Cell): Cell => (typeof value === "string" && value !== "" ? new Date(value) : value);

function chooseColumns<R extends RecordRow>(
  spec: ExportSpec<R>,
  defs: CustomFieldDefinition[],
  wanted: string | undefined,
  currency: string,
): ExportColumn<R>[] {
  const custom: ExportColumn<R>[] = defs.map((def) => ({
    id: `cf.${def.key}`,
    header: def.type === "money" ? `${def.label} (${currency})` : def.label,
    value: (row) => customCell(def, row.custom[def.key], currency),
  }));
  const all = [...spec.columns, ...custom];
  if (!wanted) return all;
  const ids = wanted
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean)
    // Names from the query string are never looked up on the prototype (`columns=constructor`).
    .flatMap((id) => (spec.aliases && Object.hasOwn(spec.aliases, id) ? (spec.aliases[id] ?? [id]) : [id]));
  const unknown = ids.filter((id) => !all.some((c) => c.id === id));
  if (unknown.length > 0) {
    throw new AppError("unprocessable", "Unknown export columns", {
      fieldErrors: { columns: [`Unknown columns: ${unknown.join(", ")}`] },
    });
  }
  // The id always leads, so an export can be matched back to its records.
  const chosen = ["id", ...ids.filter((id) => id !== "id")];
  return [...new Set(chosen)].map((id) => all.find((c) => c.id === id) as ExportColumn<R>);
}
