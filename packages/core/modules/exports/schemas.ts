export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Query keys of an export request that are not list filters. `cols` is the list pages' own name for `columns`. */
export const EXPORT_KEYS = ["format", "columns", "cols", "org", "cursor", "limit"] as const;

/**
 * An export request as the operation `<object>.export` parses its query string: the file's format
 * (default csv) and columns (comma-separated ids, `cols` on the list pages; every column and custom
 * field when absent), and the list's q, sort, trash and filters as the list engine reads them.
 */
export type ExportQuery = { format?: ExportFormat; columns?: string; cols?: string } & Record<
  string,
  string | undefined
>;
