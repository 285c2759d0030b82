import { type AnyColumn, and, eq, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { users } from "../auth/tables";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals, pipelines, stages } from "../deals/tables";
import { members } from "../orgs/tables";
import { visibleRecords } from "../records/visibility";

// Names for the ids a batch of exported rows refers to: one query per kind and batch, never one
// per row. Linked records the caller may not see stay nameless, as they do in the app.

export const NAME_KINDS = ["users", "companies", "contacts", "deals", "stages", "pipelines"] as const;
export type NameKind = (typeof NAME_KINDS)[number];
export type Names = Record<NameKind, Map<string, string>>;
export type NameIds = Record<NameKind, Set<string>>;

export const emptyNameIds = (): NameIds =>
  Object.fromEntries(NAME_KINDS.map((k) => [k, new Set<string>()])) as NameIds;

export async function resolveNames(tx: DbOrTx, ctx: Ctx, wanted: NameIds): Promise<Names> {
  const names = Object.fromEntries(NAME_KINDS.map((k) => [k, new Map<string, string>()])) as Names;
  for (const kind of NAME_KINDS) {
    const ids = [...wanted[kind]];
    if (ids.length === 0) continue;
    for (const row of await queryNames(tx, ctx, kind, ids)) names[kind].set(row.id, row.name);
  }
  return names;
}

/** `column = any($1::uuid[])`: one array parameter, so a thousand ids are one short statement. */
const anyId = (column: AnyColumn, ids: string[]): SQL => sql`${column} = any(${sql.param(ids)}::uuid[])`;

function queryNames(tx: DbOrTx, ctx: Ctx, kind: NameKind, ids: string[]) {
  switch (kind) {
    case "users":
      return tx
        .select({ id: users.id, name: users.name })
        .from(members)
        .innerJoin(users, eq(users.id, members.userId))
        .where(and(eq(members.organizationId, ctx.orgId), anyId(users.id, ids)));
    case "companies":
      return tx
        .select({ id: companies.id, name: companies.name })
        .from(companies)
        .where(and(visibleRecords(ctx, companies, "companies"), anyId(companies.id, ids)));
    case "contacts":
      return tx
        .select({
          id: contacts.id,
          name: sql<string>`trim(${contacts.firstName} || ' ' || ${contacts.lastName})`,
        })
        .from(contacts)
        .where(and(visibleRecords(ctx, contacts, "contacts"), anyId(contacts.id, ids)));
    case "deals":
      return tx
        .select({ id: deals.id, name: deals.title })
        .from(deals)
        .where(and(visibleRecords(ctx, deals, "deals"), anyId(deals.id, ids)));
    case "stages":
      return tx
        .select({ id: stages.id, name: stages.name })
        .from(stages)
        .where(and(eq(stages.orgId, ctx.orgId), anyId(stages.id, ids)));
    case "pipelines":
      return tx
        .select({ id: pipelines.id, name: pipelines.name })
        .from(pipelines)
        .where(and(eq(pipelines.orgId, ctx.orgId), anyId(pipelines.id, ids)));
  }
}
