import { z } from "zod";

import { IMPORT_OBJECTS } from "../records/record-type-info";

// Value lists and input schemas of imports, shared by tables, services, the REST API and the UI.
// Which record types import is said by the record-type registry.
export { IMPORT_OBJECTS, type ImportObject } from "../records/record-type-info";

export const IMPORT_STATUSES = ["draft", "queued", "running", "completed", "failed", "rolled_back"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const DUPLICATE_POLICIES = ["skip", "update", "create"] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

/** What happens to a row whose owner matches no member: the importer owns it, or it is skipped (listed as an error). */
export const UNKNOWN_OWNER_POLICIES = ["importer", "skip"] as const;
export type UnknownOwnerPolicy = (typeof UNKNOWN_OWNER_POLICIES)[number];

export const IMPORT_FILE_TYPES = ["csv", "xlsx"] as const;
export type ImportFileType = (typeof IMPORT_FILE_TYPES)[number];

/** 100 MB: the largest file an import accepts. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/**
 * Column header → target field ("firstName", "custom.<key>"); a column left out or mapped to null is
 * ignored.
 */
const noNul = (text: string) => !text.includes("\u0000");
export const mappingSchema = z.record(
  z.string().max(500).refine(noNul, "Remove the NUL character"),
  z.string().max(120).refine(noNul, "Remove the NUL character").nullable(),
);
export type ImportMapping = z.infer<typeof mappingSchema>;

export const importObjectSchema = z.enum(IMPORT_OBJECTS);
export const duplicatePolicySchema = z.enum(DUPLICATE_POLICIES);
export const unknownOwnerPolicySchema = z.enum(UNKNOWN_OWNER_POLICIES);

/** What the caller sets before an import starts (multipart fields of POST /api/v1/imports, the mapping screen). */
export const importSettingsSchema = z.object({
  mapping: mappingSchema.optional(),
  onDuplicate: duplicatePolicySchema.default("skip"),
  unknownOwner: unknownOwnerPolicySchema.default("importer"),
});
export type ImportSettingsInput = z.input<typeof importSettingsSchema>;

export const mappingTemplateInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  object: importObjectSchema,
  mapping: mappingSchema,
});
export type MappingTemplateInput = z.input<typeof mappingTemplateInputSchema>;
