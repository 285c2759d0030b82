/** The board's filters as the URL holds them (`value` in minor units, dates as YYYY-MM-DD). */
export type BoardFilterState = { ownerId?: string; closeFrom?: string; closeTo?: string; minValue?: string };

export const BOARD_FILTER_KEYS = ["ownerId", "closeFrom", "closeTo", "minValue"] as const;

export function parseBoardFilters(raw: Record<string, string | string[] | undefined>): BoardFilterState {
  const filters: BoardFilterState = {};
  for (const key of BOARD_FILTER_KEYS) {
    const value = raw[key];
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (text) filters[key] = text.slice(0, 100);
  }
  return filters;
}
