import { AppError } from "../../platform/errors";
import { isEmptyValue, type MergeConfig } from "./merge-config";

type Row = Record<string, unknown> & { id: string };

/** The field keys the merge screen offers: the object's fields, then every custom key any record has. */
export function mergeFieldKeys(config: MergeConfig, records: Row[]): string[] {
  const custom = new Set<string>();
  for (const r of records) for (const key of Object.keys(customOf(r))) custom.add(`custom.${key}`);
  return [...config.fields, ...[...custom].sort()];
}

const customOf = (r: Row) => (r.custom ?? {}) as Record<string, unknown>;
const fieldValue = (r: Row, key: string) => (key.startsWith("custom.") ? customOf(r)[key.slice(7)] : r[key]);

/** Default choice: the survivor's value when it has one, else the first record that has one. */
export function defaultSource(records: Row[], key: string): string {
  const [survivor] = records;
  if (!survivor) throw new Error("no records");
  if (key === "doNotContact") return (records.find((r) => r.doNotContact === true) ?? survivor).id;
  return (records.find((r) => !isEmptyValue(fieldValue(r, key))) ?? survivor).id;
}

/**
 * The survivor's values after the merge: per field the chosen record's value (or the default),
 * tags and (for contacts) emails and phones united. `records` starts with the survivor.
 */
export function chooseMergedValues(
  config: MergeConfig,
  records: Row[],
  choices: Record<string, string>,
): Record<string, unknown> {
  const keys = mergeFieldKeys(config, records);
  const unknown = Object.keys(choices).filter((k) => !keys.includes(k));
  if (unknown.length > 0) {
    throw new AppError("unprocessable", "Unknown merge fields", {
      fieldErrors: Object.fromEntries(unknown.map((k) => [`fields.${k}`, ["Unknown field"]])),
    });
  }
  const byId = new Map(records.map((r) => [r.id, r]));
  const source = (key: string) => byId.get(choices[key] ?? defaultSource(records, key)) as Row;
  const values: Record<string, unknown> = {};
  const custom: Record<string, unknown> = {};
  for (const key of keys) {
    const from = source(key);
    if (key.startsWith("custom.")) {
      const value = fieldValue(from, key);
      if (!isEmptyValue(value)) custom[key.slice(7)] = value;
      continue;
    }
    values[key] = from[key] ?? null;
    const companion = config.companions[key];
    if (companion) values[companion] = from[companion] ?? null;
  }
  values.custom = custom;
  values.tags = unite(
    records.flatMap((r) => (r.tags ?? []) as string[]),
    (t) => t,
  );
  if (config.united.includes("emails")) {
    const primary = typeof values.email === "string" ? values.email.toLowerCase() : null;
    const all = records.flatMap((r) => [r.email, ...((r.emails ?? []) as string[])]);
    values.emails = unite(
      all.filter((e): e is string => typeof e === "string" && e.toLowerCase() !== primary),
      (e) => e.toLowerCase(),
    ).slice(0, 10);
  }
  if (config.united.includes("phones")) {
    const all = records.flatMap((r) => (r.phones ?? []) as { label: string; number: string }[]);
    values.phones = unite(all, (p) => p.number.replace(/\D/g, "")).slice(0, 10);
  }
  return values;
}

function unite<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
