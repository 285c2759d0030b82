// A list's URL state ⇄ a saved view's state (filters, sort, columns; the search is kept as filter `q`).
import { viewStateSchema } from "@crm/core/modules/views/schemas";
import type { z } from "zod";

export type ViewState = z.infer<typeof viewStateSchema>;

/** What the URL shows now, keeping only the list's own filters (no cursor: a view starts on page one). */
export function stateFromUrl(params: URLSearchParams, filterKeys: readonly string[]): ViewState {
  const filters: Record<string, string> = {};
  for (const key of [...filterKeys, "q"]) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get("sort") || undefined;
  const columns = (params.get("cols") ?? "").split(",").filter(Boolean);
  return { filters, sort, columns };
}

/** The query string that shows a saved view; anything stored that is not a state is ignored. */
export function queryFromState(raw: unknown): string {
  const parsed = viewStateSchema.safeParse(raw);
  if (!parsed.success) return "";
  const { filters, sort, columns } = parsed.data;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters).sort(([a], [b]) => a.localeCompare(b))) {
    if (value) query.set(key, value);
  }
  if (sort) query.set("sort", sort);
  if (columns.length > 0) query.set("cols", columns.join(","));
  return query.toString();
}

/** Whether the URL shows exactly this view. */
export function showsView(params: URLSearchParams, filterKeys: readonly string[], raw: unknown): boolean {
  return queryFromState(stateFromUrl(params, filterKeys)) === queryFromState(raw);
}
