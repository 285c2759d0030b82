import type { ListState } from "@/features/records/list-config";

export type ExportFormat = "csv" | "xlsx";

/**
 * The export URL for a list as the page shows it: same filters, search and sort; `visibleOnly`
 * limits it to the page's columns, otherwise every column and custom field is exported.
 */
export function exportHref(
  slug: string,
  object: string,
  state: Pick<ListState, "q" | "sort" | "filters" | "cols">,
  format: ExportFormat,
  visibleOnly: boolean,
): string {
  const params = new URLSearchParams({ org: slug, format });
  if (state.q) params.set("q", state.q);
  if (state.sort) params.set("sort", state.sort);
  for (const [key, value] of Object.entries(state.filters)) params.set(key, value);
  if (visibleOnly) params.set("columns", state.cols.join(","));
  return `/api/v1/${object}/export?${params.toString()}`;
}
