import { EXPORT_OBJECTS, type ExportObject } from "../records/record-type-info";
import { RECORD_TYPES } from "../records/record-types";
import { EXPORT_FORMATS } from "./schemas";

// The export endpoints in the OpenAPI document, their filters and columns taken from the specs
// the exports run on.

const problem = {
  description: "problem+json",
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
};
const file = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: { type: "string", format: "binary" } } },
});

function listExportPath(object: ExportObject) {
  const { listSpec, export: spec } = RECORD_TYPES[object];
  const columns = spec.columns.map((c) => c.id);
  const tag = object.charAt(0).toUpperCase() + object.slice(1);
  const sortable = Object.entries(listSpec.fields)
    .filter(([, f]) => f.sortable)
    .map(([name]) => name);
  const aliases = Object.entries(spec.aliases ?? {})
    .map(([alias, ids]) => `\`${alias}\` = ${ids.join("+")}`)
    .join(", ");
  return {
    get: {
      tags: [tag, "Export"],
      summary: `Export the ${object} list the caller can see, with the list's filters, search and sort, as CSV or XLSX (streamed; readonly and up; audited)`,
      parameters: [
        { name: "format", in: "query", schema: { type: "string", enum: EXPORT_FORMATS, default: "csv" } },
        {
          name: "columns",
          in: "query",
          schema: { type: "string" },
          description: `Comma-separated column ids; the id column always comes first. Default: every column and every custom field (\`cf.<key>\`). Columns: ${columns.join(", ")}${aliases ? `; list-page ids: ${aliases}` : ""}`,
        },
        { name: "q", in: "query", schema: { type: "string", maxLength: 200 } },
        {
          name: "sort",
          in: "query",
          schema: { type: "string" },
          description: `field or -field: ${sortable.join(", ")}, or cf.<key>`,
        },
        { name: "trash", in: "query", schema: { type: "boolean" }, description: "Export the trash instead" },
        {
          name: "filters",
          in: "query",
          style: "form",
          explode: true,
          schema: { type: "object", additionalProperties: { type: "string" } },
          description: `The list's filters: ${Object.keys(listSpec.fields).join(", ")}; ranges as field[gte]/field[lte]; custom fields as cf.<key>`,
        },
      ],
      responses: {
        "200": {
          ...file("text/csv", "CSV (UTF-8 with BOM, RFC 4180, formula cells prefixed with ') or XLSX"),
          content: {
            "text/csv": { schema: { type: "string" } },
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
              schema: { type: "string", format: "binary" },
            },
          },
        },
        "401": problem,
        "403": problem,
        "422": problem,
        "429": problem,
      },
    },
  };
}

/** GET /<records>/export, GET /exports/organization and GET /contacts/{id}/vcard. */
export const exportsPathDocs = {
  ...Object.fromEntries(EXPORT_OBJECTS.map((object) => [`/${object}/export`, listExportPath(object)])),
  "/exports/organization": {
    get: {
      tags: ["Export"],
      summary:
        "Every table of the organization as a ZIP: one CSV per table (values as stored: ids, minor units, UTC) plus manifest.json with the schema version and each file's columns and row count (admins; streamed; audited)",
      responses: {
        "200": file("application/zip", "ZIP archive"),
        "401": problem,
        "403": problem,
        "429": problem,
      },
    },
  },
  "/contacts/{id}/vcard": {
    get: {
      tags: ["Contacts", "Export"],
      summary:
        "A contact as a vCard 3.0 file: name, organization, title, every email and phone, tags (audited)",
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
      responses: {
        "200": file("text/vcard", "vCard 3.0"),
        "401": problem,
        "403": problem,
        "404": problem,
        "429": problem,
      },
    },
  },
};
