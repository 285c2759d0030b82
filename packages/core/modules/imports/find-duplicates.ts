import { and, inArray, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { leads } from "../leads/tables";
import { writableRecords } from "../records/visibility";
import type { ImportObject } from "./schemas";

/**
 * The keys a row is matched on, best first: email for contacts and leads; domain, then name, for
 * companies. Deals are never matched. Keys are lowercase.
 */
export function duplicateKeys(object: ImportObject, data: Record<string, unknown>): string[] {
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim().toLowerCase() : undefined);
  const keys: (string | undefined)[] =
    object === "companies"
      ? [text(data.domain) && `domain:${text(data.domain)}`, text(data.name) && `name:${text(data.name)}`]
      : object === "deals"
        ? []
        : [text(data.email) && `email:${text(data.email)}`];
  return keys.filter((k): k is string => Boolean(k));
}

/**
 * Existing records (not in the trash, changeable by the caller) that rows with `keys` duplicate:
 * key → record id (the oldest record when several match). One query per key kind.
 */
export async function findDuplicates(
  tx: Tx,
  ctx: Ctx,
  object: ImportObject,
  keys: Iterable<string>,
): Promise<Map<string, string>> {
  const byKind = new Map<string, string[]>();
  for (const key of keys) {
    const [kind, ...rest] = key.split(":");
    if (!kind) continue;
    byKind.set(kind, [...(byKind.get(kind) ?? []), rest.join(":")]);
  }
  const found = new Map<string, string>();
  const lookups: {
    kind: string;
    run: (values: string[]) => Promise<{ id: string; value: string | null }[]>;
  }[] = [];
  const match =
    (table: typeof contacts | typeof leads | typeof companies, recordObject: ImportObject, column: SQL) =>
    (values: string[]) =>
      tx
        .select({ id: table.id, value: sql<string | null>`${column}` })
        .from(table)
        .where(and(writableRecords(ctx, table, recordObject), inArray(column, values)))
        .orderBy(table.createdAt, table.id);
  if (object === "contacts")
    lookups.push({ kind: "email", run: match(contacts, "contacts", sql`${contacts.email}`) });
  if (object === "leads") lookups.push({ kind: "email", run: match(leads, "leads", sql`${leads.email}`) });
  if (object === "companies") {
    lookups.push({ kind: "domain", run: match(companies, "companies", sql`${companies.domain}`) });
    lookups.push({ kind: "name", run: match(companies, "companies", sql`lower(${companies.name})`) });
  }
  for (const { kind, run } of lookups) {
    const values = byKind.get(kind);
    if (!values?.length) continue;
    for (const row of await run([...new Set(values)])) {
      const key = `${kind}:${row.value}`;
      if (!found.has(key)) found.set(key, row.id);
    }
  }
  return found;
}
