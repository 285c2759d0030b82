// What a record list offers (columns, filters), shared by its server page and its client table.
// Labels are message keys, translated where they are shown.

export type FilterKind = "enum" | "owner" | "tag" | "text" | "min" | "dateFrom" | "dateTo" | "record";

export type FilterDef = {
  /** The URL and list-service key: `leadStatus`, `ownerId`, `tag`, `value[gte]`, `expectedCloseDate[lte]`. */
  key: string;
  kind: FilterKind;
  label: string;
  /** Enum values; `valueLabel` is the message key prefix that names them (`contacts.status.`). */
  values?: readonly string[];
  valueLabel?: string;
  /** For `record` filters: which records the picker searches. */
  picker?: "companies" | "contacts" | "deals";
  /** For `min` filters on money: the input is in major units, the filter in minor units (× 100). */
  money?: boolean;
  /** A label that is text, not a message key (custom fields are named by their definitions). */
  text?: string;
  /** Applied when the URL names no value (the tasks list shows open tasks); `all` in the URL lifts it. */
  defaultValue?: string;
};

/** The URL value that lifts a filter's default. */
export const ALL_VALUES = "all";

export type ColumnDef = {
  id: string;
  label: string;
  /** The list service's sort field when the column is sortable. */
  sort?: string;
  /** Shown when the URL names no columns. */
  default?: boolean;
  /** Always shown (the name column): not offered in the column chooser. */
  fixed?: boolean;
  /** A label that is text, not a message key (custom fields are named by their definitions). */
  text?: string;
};

/** A column's or filter's label: its own text, or its message key translated. */
export const labelOf = (t: (key: string) => string, def: { label: string; text?: string }): string =>
  def.text ?? t(def.label);

/** An enum filter value's label: translated under `valueLabel`, or the value itself (custom choices). */
export const valueLabelOf = (
  t: (key: string) => string,
  def: { valueLabel?: string },
  value: string,
): string => (def.valueLabel ? t(`${def.valueLabel}${value}`) : value);

export type ListConfig = {
  columns: readonly ColumnDef[];
  filters: readonly FilterDef[];
  /** The list service's default sort (`field` or `-field`), marked on its column when the URL has none. */
  defaultSort?: string;
};

export const PAGE_SIZE = 50;

export type ListState = {
  sort: string | null;
  q: string;
  cursor: string | null;
  /** How many rows come before this page (the URL's `at`, carried along with the cursor). */
  offset: number;
  filters: Record<string, string>;
  /** Visible column ids. */
  cols: string[];
};

type RawSearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

/** The list's state from the URL; anything the list does not offer is dropped, not passed to the service. */
export function parseListState(config: ListConfig, raw: RawSearchParams): ListState {
  const sortRaw = first(raw.sort) ?? "";
  const sortName = sortRaw.replace(/^-/, "");
  const sortable = config.columns.some((c) => c.sort === sortName);
  const filters: Record<string, string> = {};
  for (const def of config.filters) {
    const value = first(raw[def.key])?.trim();
    if (value === ALL_VALUES && def.defaultValue) continue;
    if (value) filters[def.key] = value.slice(0, 200);
    else if (def.defaultValue) filters[def.key] = def.defaultValue;
  }
  const wanted = (first(raw.cols) ?? "").split(",").filter(Boolean);
  const known = config.columns.filter((c) => c.fixed || wanted.includes(c.id)).map((c) => c.id);
  const cols =
    wanted.length > 0 && known.some((id) => !config.columns.find((c) => c.id === id)?.fixed)
      ? known
      : config.columns.filter((c) => c.fixed || c.default).map((c) => c.id);
  return {
    sort: sortable ? sortRaw : null,
    q: (first(raw.q) ?? "").trim().slice(0, 200),
    cursor: first(raw.cursor) ?? null,
    offset: first(raw.cursor) ? Math.min(Math.max(Math.trunc(Number(first(raw.at))) || 0, 0), 1e9) : 0,
    filters,
    cols,
  };
}

export const hasActiveQuery = (state: ListState): boolean =>
  state.q !== "" || Object.keys(state.filters).length > 0;

/** The URL value that clears a filter: nothing, or `all` where nothing would bring the default back. */
export const clearedValue = (def: FilterDef): string | null => (def.defaultValue ? ALL_VALUES : null);
