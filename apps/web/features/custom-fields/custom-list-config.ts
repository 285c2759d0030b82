import type { ColumnDef, FilterDef, ListConfig } from "@/features/records/list-config";
import type { CustomDef } from "./custom-field-value";

// Custom fields as list columns (sortable, off by default) and filters (`cf.<key>`), added to a
// record list's static config. Pure: the server page and the client table build the same config.

function filtersOf(def: CustomDef): FilterDef[] {
  const key = `cf.${def.key}`;
  const base = { label: def.key, text: def.label };
  switch (def.type) {
    case "select":
    case "multiselect":
      return [{ ...base, key, kind: "enum", values: def.options }];
    case "checkbox":
      return [{ ...base, key, kind: "enum", values: ["true", "false"], valueLabel: "customFields.bool." }];
    case "number":
      return [{ ...base, key: `${key}[gte]`, kind: "min" }];
    case "money":
      return [{ ...base, key: `${key}[gte]`, kind: "min", money: true }];
    case "date":
      return [
        { ...base, key: `${key}[gte]`, kind: "dateFrom", text: `${def.label} ≥` },
        { ...base, key: `${key}[lte]`, kind: "dateTo", text: `${def.label} ≤` },
      ];
    default:
      return [{ ...base, key, kind: "text" }];
  }
}

export function withCustomFields<C extends ListConfig>(config: C, defs: readonly CustomDef[]): ListConfig {
  if (defs.length === 0) return config;
  const columns: ColumnDef[] = defs.map((def) => ({
    id: `cf.${def.key}`,
    label: def.key,
    text: def.label,
    sort: def.type === "multiselect" ? undefined : `cf.${def.key}`,
  }));
  return {
    ...config,
    columns: [...config.columns, ...columns],
    filters: [...config.filters, ...defs.flatMap(filtersOf)],
  };
}

/** Only what lists need from a definition (keeps server-to-client props small). */
export const toCustomDefs = (defs: readonly CustomDef[]): CustomDef[] =>
  defs.map(({ id, key, label, type, options, required }) => ({ id, key, label, type, options, required }));
