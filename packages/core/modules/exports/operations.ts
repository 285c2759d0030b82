import { z } from "zod";
import { defineOperation } from "../../platform/operations/define-operation";
import { fileReply } from "../../platform/operations/rest-route";
import { text } from "../../platform/validation";
import { listInput } from "../records/operation-schemas";
import type { ExportObject } from "../records/record-type-info";
import { RECORD_TYPES } from "../records/record-types";
import { EXPORT_FORMATS } from "./schemas";
import { streamListExport } from "./stream-list-export";
import { streamOrgExport } from "./stream-org-export";

// Downloads: a list as CSV or XLSX and the whole organization as a ZIP. Each is streamed as the
// client reads it, and its audit entry is written before the first byte leaves (an export that
// cannot be audited does not start).

/** A query parameter left empty stands for one left out. */
const blankAsAbsent = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema);

/** The list's query (filters, q, sort, trash; no paging) plus the file's format and columns. */
function exportInput(object: ExportObject) {
  const { listSpec, export: spec } = RECORD_TYPES[object];
  const aliases = Object.entries(spec.aliases ?? {})
    .map(([alias, ids]) => `\`${alias}\` = ${ids.join("+")}`)
    .join(", ");
  return listInput(listSpec)
    .omit({ limit: true, cursor: true })
    .extend({
      format: blankAsAbsent(z.enum(EXPORT_FORMATS).default("csv")).describe("csv (UTF-8 with BOM) or xlsx"),
      columns: blankAsAbsent(text().trim().max(2000).optional()).describe(
        `Comma-separated column ids; the id column always comes first. Default: every column and every custom field (\`cf.<key>\`). Columns: ${spec.columns.map((c) => c.id).join(", ")}${aliases ? `; list-page ids: ${aliases}` : ""}`,
      ),
      cols: blankAsAbsent(text().trim().max(2000).optional()).describe("The list pages' name for `columns`"),
    });
}

const listExport = (object: ExportObject) =>
  defineOperation({
    name: `${object}.export`,
    description: `Export the ${object} list the caller can see, with the list's filters, search and sort, as CSV (RFC 4180, formula cells prefixed with ') or XLSX; streamed and audited`,
    permission: "records:export",
    writes: false,
    input: exportInput(object),
    output: fileReply,
    handler: async (ctx, input) => {
      const download = await streamListExport(ctx, object, input);
      return { filename: download.filename, contentType: download.contentType, body: download.body };
    },
  });

export const listExportOperations = {
  contacts: listExport("contacts"),
  companies: listExport("companies"),
  leads: listExport("leads"),
  deals: listExport("deals"),
  tasks: listExport("tasks"),
  activities: listExport("activities"),
} satisfies Record<ExportObject, unknown>;

export const orgExportOperation = defineOperation({
  name: "exports.organization",
  description:
    "Every table of the organization as a ZIP: one CSV per table (values as stored: ids, minor units, UTC) plus manifest.json with the schema version and each file's columns and row count; streamed and audited",
  permission: "org:export",
  writes: false,
  input: z.object({}),
  output: fileReply,
  handler: async (ctx) => {
    const download = await streamOrgExport(ctx);
    return { filename: download.filename, contentType: "application/zip", body: download.body };
  },
});
