// What an audit entry changed, as field → before/after pairs (no database imports).

/** Bookkeeping columns every row carries; their changes say nothing a person needs to read. */
const IGNORED = new Set([
  "id",
  "orgId",
  "createdAt",
  "createdBy",
  "updatedAt",
  "deletedAt",
  "stageChangedAt",
  "reminderSentAt",
  "weightedValue",
]);

/** Money fields (minor units) and the column that holds their currency. */
const MONEY_CURRENCY: Record<string, string> = { value: "currency", annualRevenue: "annualRevenueCurrency" };

export type AuditChange = { field: string; before: unknown; after: unknown; currency?: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields an update changed, in the row's column order; custom field values appear as
 * `custom.<key>`. Entries with only one side (create, delete, share) have no field changes.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  if (!isObject(before) || !isObject(after)) return [];
  const changes: AuditChange[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    if (key === "custom" && (isObject(before[key]) || isObject(after[key]))) {
      const b = isObject(before[key]) ? before[key] : {};
      const a = isObject(after[key]) ? after[key] : {};
      for (const k of [...new Set([...Object.keys(b), ...Object.keys(a)])]) {
        if (!same(b[k], a[k]))
          changes.push({ field: `custom.${k}`, before: b[k] ?? null, after: a[k] ?? null });
      }
      continue;
    }
    if (same(before[key], after[key])) continue;
    const change: AuditChange = { field: key, before: before[key] ?? null, after: after[key] ?? null };
    const currencyKey = MONEY_CURRENCY[key];
    const currency = currencyKey ? (after[currencyKey] ?? before[currencyKey]) : undefined;
    if (typeof currency === "string") change.currency = currency;
    changes.push(change);
  }
  return changes;
}
