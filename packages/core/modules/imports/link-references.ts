import { and, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { newId } from "../../platform/ids";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { visibleRecords } from "../records/visibility";
import { bulkInsert } from "./bulk-insert";
import type { RunState } from "./run-state";
import { importChanges } from "./tables";

/**
 * Company ids for the company names of a batch (case-insensitive): an existing visible company, else
 * one created now and logged as created by the import, so a rollback removes it too.
 */
export async function resolveCompanyNames(
  tx: Tx,
  state: RunState,
  names: string[],
): Promise<Map<string, string>> {
  const { ctx, imp } = state;
  const wanted = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  const ids = new Map<string, string>();
  if (wanted.length === 0) return ids;
  const lower = sql<string>`lower(${companies.name})`;
  const existing = await tx
    .select({ id: companies.id, name: lower })
    .from(companies)
    .where(
      and(
        visibleRecords(ctx, companies, "companies"),
        inArray(
          lower,
          wanted.map((n) => n.toLowerCase()),
        ),
      ),
    )
    .orderBy(companies.createdAt, companies.id);
  for (const row of existing) if (!ids.has(row.name)) ids.set(row.name, row.id);
  const missing = new Map<string, string>();
  for (const name of wanted)
    if (!ids.has(name.toLowerCase()) && !missing.has(name.toLowerCase()))
      missing.set(name.toLowerCase(), name);
  const created = [...missing.values()].map((name) => ({
    id: newId(),
    orgId: ctx.orgId,
    name: name.slice(0, 200),
    ownerId: ctx.userId,
    createdBy: ctx.userId,
  }));
  if (created.length > 0) {
    await bulkInsert(tx, companies, created);
    await bulkInsert(
      tx,
      importChanges,
      created.map((c) => ({
        id: newId(),
        orgId: ctx.orgId,
        importId: imp.id,
        object: "companies" as const,
        recordId: c.id,
        kind: "created" as const,
      })),
    );
    for (const c of created) ids.set(c.name.toLowerCase(), c.id);
  }
  return ids;
}

/** Contact ids by email (lowercase) among the contacts the caller may see. */
export async function resolveContactEmails(
  tx: Tx,
  state: RunState,
  emails: string[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(emails.filter(Boolean))];
  const ids = new Map<string, string>();
  if (wanted.length === 0) return ids;
  const rows = await tx
    .select({ id: contacts.id, email: contacts.email })
    .from(contacts)
    .where(and(visibleRecords(state.ctx, contacts, "contacts"), inArray(contacts.email, wanted)))
    .orderBy(contacts.createdAt, contacts.id);
  for (const row of rows) if (row.email && !ids.has(row.email)) ids.set(row.email, row.id);
  return ids;
}
