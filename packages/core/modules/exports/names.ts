import { type AnyColumn, and, eq, type SQL, sql } from "drizzle-orm";
import type { Ctx } from "../../platform/context";
import { users } from "../auth/tables";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals, pipelines, stages } from "../deals/tables";
import { members } from "../orgs/tables";
import { visibleRecords } from "../records/visibility";

// The name of the record an exported row links to, read by the database in the same statement as
// the row (one primary-key lookup each): no second query per batch, no ids sent back and forth.
// Linked records the caller may not see stay nameless, as they do in the app.

export const NAME_KINDS = ["users", "companies", "contacts", "deals", "stages", "pipelines"] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/** A scalar subquery: the name of the `kind` record whose id is in `id` (a column of the exported table). */
export function nameOf(ctx: Ctx, kind: NameKind, id: AnyColumn): SQL<string | null> {
  switch (kind) {
    case "users":
      return sql<
        string | null
      >`(select ${users.name} from ${users} inner join ${members} on ${members.userId} = ${users.id}
        where ${users.id} = ${id} and ${members.organizationId} = ${ctx.orgId})`;
    case "companies":
      return sql<string | null>`(select ${companies.name} from ${companies}
        where ${and(eq(companies.id, id), visibleRecords(ctx, companies, "companies"))})`;
    case "contacts":
      return sql<
        string | null
      >`(select trim(${contacts.firstName} || ' ' || ${contacts.lastName}) from ${contacts}
        where ${and(eq(contacts.id, id), visibleRecords(ctx, contacts, "contacts"))})`;
    case "deals":
      return sql<string | null>`(select ${deals.title} from ${deals}
        where ${and(eq(deals.id, id), visibleRecords(ctx, deals, "deals"))})`;
    case "stages":
      return sql<
        string | null
      >`(select ${stages.name} from ${stages} where ${stages.id} = ${id} and ${stages.orgId} = ${ctx.orgId})`;
    case "pipelines":
      return sql<string | null>`(select ${pipelines.name} from ${pipelines}
        where ${pipelines.id} = ${id} and ${pipelines.orgId} = ${ctx.orgId})`;
  }
}
