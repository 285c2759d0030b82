import { z } from "zod";
import "../../platform/validation";
import { EXPORT_OBJECTS } from "../records/record-type-info";

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Query keys of an export request that are not list filters. `cols` is the list pages' own name for `columns`. */
export const EXPORT_KEYS = ["format", "columns", "cols", "org", "cursor", "limit"] as const;

export const exportOptionsSchema = z.object({
  format: z.enum(EXPORT_FORMATS).default("csv"),
  /** Comma-separated column ids (`firstName,company,cf.tier`); all columns and custom fields when absent. */
  columns: z.string().trim().max(2000).optional(),
});

export const exportObjectSchema = z.enum(EXPORT_OBJECTS);
