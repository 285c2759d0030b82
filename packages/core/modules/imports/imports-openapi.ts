import { z } from "zod";
import {
  DUPLICATE_POLICIES,
  IMPORT_OBJECTS,
  IMPORT_STATUSES,
  mappingSchema,
  UNKNOWN_OWNER_POLICIES,
} from "./schemas";

const problem = {
  description: "problem+json",
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
};
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };

const importSchema = z.object({
  id: z.uuid(),
  object: z.enum(IMPORT_OBJECTS),
  status: z.enum(IMPORT_STATUSES),
  fileName: z.string(),
  fileSize: z.number().int(),
  onDuplicate: z.enum(DUPLICATE_POLICIES),
  unknownOwner: z.enum(UNKNOWN_OWNER_POLICIES),
  imported: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  errored: z.number().int(),
  unknownOwners: z
    .number()
    .int()
    .describe(
      "Rows imported or updated whose owner (email or name) matched no member. With `unknownOwner=importer` a created record belongs to the importer (`createdBy`); when `createdBy` is null (an API key with no user, made by the CLI) it has no owner. An updated record keeps its owner.",
    ),
  processedRows: z.number().int(),
  totalEstimate: z.number().int().nullable(),
  progress: z.number().int().min(0).max(100).describe("Percent of the estimated rows processed"),
  failureMessage: z.string().nullable(),
  createdBy: z
    .uuid()
    .nullable()
    .describe("The member who started the import; null when an API key with no user started it"),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  errors: z
    .array(
      z.object({
        row: z.number().int().describe("Spreadsheet row: the header is row 1"),
        message: z.string(),
      }),
    )
    .describe("The first 500 errors; all of them in errors.csv"),
});
const json = (schema: z.ZodType) => ({
  "application/json": {
    schema: { type: "object", properties: { data: z.toJSONSchema(schema, { unrepresentable: "any" }) } },
  },
});
const ok = (description: string, schema: z.ZodType) => ({ description, content: json(schema) });

/** The import endpoints in the OpenAPI document. */
export const importsPathDocs = {
  "/imports": {
    post: {
      tags: ["Imports"],
      summary:
        "Upload a CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or XLSX file of up to 100 MB (an XLSX file may unpack to at most 1 GB, 64 MB of it distinct text) and import it in the background into companies, contacts, leads or deals. Without `mapping` the columns are mapped from their headers (HubSpot, Salesforce, Pipedrive, Zoho exports and common names; custom fields by label).",
      requestBody: {
        required: true,
        content: {
          "multipart/form-data": {
            schema: {
              type: "object",
              required: ["file", "object"],
              properties: {
                file: { type: "string", format: "binary" },
                object: { type: "string", enum: [...IMPORT_OBJECTS] },
                mapping: {
                  type: "string",
                  description: `JSON object: column header → field ("firstName", "custom.<key>") or null to ignore. ${JSON.stringify(z.toJSONSchema(mappingSchema))}`,
                },
                onDuplicate: { type: "string", enum: [...DUPLICATE_POLICIES], default: "skip" },
                unknownOwner: {
                  type: "string",
                  enum: [...UNKNOWN_OWNER_POLICIES],
                  default: "importer",
                  description:
                    "A row whose owner (email or name) matches no member: the caller owns it (importer), or it is not imported and listed in the errors (skip). A key with no user (made by `crm apikey:create` without `--user`) owns nothing: with importer such rows, and rows with no owner, are left without an owner; the import's `unknownOwners` counts the unmatched ones.",
                },
                draft: {
                  type: "string",
                  enum: ["true", "false"],
                  description: "Keep as a draft (mapping screen); 201",
                },
              },
            },
          },
        },
      },
      responses: {
        "202": ok("Queued", z.object({ id: z.uuid(), status: z.literal("queued") })),
        "400": problem,
        "401": problem,
        "403": problem,
        "413": { ...problem, description: "The file is larger than 100 MB (answered as soon as it passes)" },
        "422": problem,
        "429": problem,
      },
    },
    get: {
      tags: ["Imports"],
      summary: "The latest imports (admins and managers: the organization's; others: their own)",
      responses: { "200": ok("OK", z.array(importSchema.omit({ errors: true }))), "401": problem },
    },
  },
  "/imports/{id}": {
    get: {
      tags: ["Imports"],
      summary: "An import's status, counts, progress and errors by row",
      parameters: [idParam],
      responses: { "200": ok("OK", importSchema), "401": problem, "404": problem },
    },
  },
  "/imports/{id}/rollback": {
    post: {
      tags: ["Imports"],
      summary:
        "Undo a completed or failed import: the records it created are deleted (with their activities and tasks), those it updated get their previous values back. The importer or an admin.",
      parameters: [idParam],
      responses: {
        "200": ok("Rolled back", importSchema),
        "401": problem,
        "403": problem,
        "404": problem,
        "409": problem,
      },
    },
  },
  "/imports/{id}/errors.csv": {
    get: {
      tags: ["Imports"],
      summary: "The refused rows as CSV: the file's columns plus Row and Error, to fix and import again",
      parameters: [idParam],
      responses: {
        "200": { description: "CSV", content: { "text/csv": { schema: { type: "string" } } } },
        "401": problem,
        "404": problem,
      },
    },
  },
};
