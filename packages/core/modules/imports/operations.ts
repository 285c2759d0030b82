import { z } from "zod";
import { defineOperation } from "../../platform/operations/define-operation";
import { fileReply } from "../../platform/operations/rest-route";
import { uploadedFileSchema } from "../../platform/operations/uploaded-file";
import { unstorableTextPaths } from "../../platform/validation";
import { idInput } from "../records/operation-schemas";
import { createImport } from "./create-import";
import { getImport } from "./get-import";
import { importErrorsCsv } from "./import-errors-csv";
import { listImports } from "./list-imports";
import { rollbackImport } from "./rollback-import";
import {
  DUPLICATE_POLICIES,
  duplicatePolicySchema,
  IMPORT_OBJECTS,
  IMPORT_STATUSES,
  importObjectSchema,
  mappingSchema,
  UNKNOWN_OWNER_POLICIES,
  unknownOwnerPolicySchema,
} from "./schemas";

// Imports: upload a CSV or XLSX file (multipart), follow its progress, fetch its refused rows, undo it.

/** A multipart text field left empty stands for a field left out. */
const blankAsAbsent = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema);

/** The `mapping` field: JSON text in the multipart body, refused (naming the field) when it is no JSON object. */
const mappingField = z
  .preprocess((value, ctx) => {
    if (typeof value !== "string") return value;
    if (value.trim() === "") return undefined;
    try {
      return JSON.parse(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "mapping must be a JSON object of column → field" });
      return z.NEVER;
    }
  }, mappingSchema.optional())
  .refine((mapping) => !mapping || unstorableTextPaths(mapping).length === 0, {
    message: "mapping must not contain U+0000 or a lone surrogate",
  })
  .describe('JSON object: column header → field ("firstName", "custom.<key>"), or null to ignore the column');

const importOutput = z.object({
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
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  rolledBackAt: z.date().nullable(),
  errors: z
    .array(
      z.object({
        row: z.number().int().describe("Spreadsheet row: the header is row 1"),
        message: z.string(),
      }),
    )
    .describe("The first 500 errors; all of them in errors.csv"),
});

/** The lines of a text file as the bytes of a response body, read as the client takes them. */
function textStream(lines: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}

export const importOperations = {
  create: defineOperation({
    name: "imports.create",
    description:
      "Import a CSV or XLSX file (up to 100 MB) in the background into companies, contacts, leads or deals; without `mapping` the columns are mapped from their headers (HubSpot, Salesforce, Pipedrive, Zoho and common names)",
    permission: "records:write",
    writes: true,
    input: z.object({
      file: uploadedFileSchema().describe("The CSV or XLSX file, at most 100 MB"),
      object: importObjectSchema,
      mapping: mappingField,
      onDuplicate: blankAsAbsent(duplicatePolicySchema.default("skip")).describe(
        "A row that matches an existing record: skip it, update the record, or create another",
      ),
      unknownOwner: blankAsAbsent(unknownOwnerPolicySchema.default("importer")).describe(
        "A row whose owner (email or name) matches no member: the caller owns it (importer), or it is not imported and listed in the errors (skip). A key with no user owns nothing: with importer such rows, and rows with no owner, are left without an owner",
      ),
      draft: z
        .enum(["true", "false"])
        .optional()
        .transform((draft) => draft === "true")
        .describe(
          "true: keep it as a draft for the mapping screen (answered 201) instead of queueing it (202)",
        ),
    }),
    output: z.object({ id: z.uuid(), status: z.enum(["draft", "queued"]) }),
    handler: async (ctx, { file, ...settings }) => {
      const created = await createImport(ctx, { ...settings, fileName: file.fileName, file });
      return {
        id: created.id,
        status: created.status === "draft" ? ("draft" as const) : ("queued" as const),
      };
    },
  }),
  list: defineOperation({
    name: "imports.list",
    description:
      "The latest imports (admins and managers: the organization's; others: their own), newest first",
    permission: "records:read",
    writes: false,
    input: z.object({}),
    output: z.array(importOutput),
    handler: (ctx) => listImports(ctx),
  }),
  get: defineOperation({
    name: "imports.get",
    description: "An import's status, counts, progress and first errors by row",
    permission: "records:read",
    writes: false,
    input: idInput,
    output: importOutput,
    handler: (ctx, input) => getImport(ctx, input.id),
  }),
  rollback: defineOperation({
    name: "imports.rollback",
    description:
      "Undo a completed or failed import: the records it created are deleted (with their activities and tasks), those it updated get their previous values back; the importer or an admin",
    permission: "records:write",
    writes: true,
    input: idInput,
    output: importOutput,
    handler: (ctx, input) => rollbackImport(ctx, input.id),
  }),
  errorsCsv: defineOperation({
    name: "imports.errorsCsv",
    description: "The refused rows as CSV: the file's columns plus Row and Error, to fix and import again",
    permission: "records:read",
    writes: false,
    input: idInput,
    output: fileReply,
    handler: async (ctx, input) => {
      const { fileName, lines } = await importErrorsCsv(ctx, input.id);
      return { filename: fileName, contentType: "text/csv; charset=utf-8", body: textStream(lines) };
    },
  }),
};
