import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals, stages } from "../deals/tables";
import { leads } from "../leads/tables";
import { visibleRecords } from "./visibility";

export type RecordNames = Record<string, string>;

/** Most ids a page can link to (a page of 200 rows, a few references each). */
const MAX_IDS = 1000;

/**
 * Ids worth asking about: well-formed (they can come from a URL filter), unique, and few.
 * Anything else is dropped rather than failing the page that shows the names.
 */
function usableIds(ids: readonly (string | null | undefined)[]): string[] {
  const valid = ids.filter((v): v is string => typeof v === "string" && z.uuid().safeParse(v).success);
  return [...new Set(valid)].slice(0, MAX_IDS);
}

type NameQuery = {
  name: SQL<string>;
  table: typeof companies | typeof contacts | typeof deals | typeof leads;
};

const NAMES = {
  companies: { table: companies, name: sql<string>`${companies.name}` },
  contacts: {
    table: contacts,
    name: sql<string>`trim(${contacts.firstName} || ' ' || ${contacts.lastName})`,
  },
  deals: { table: deals, name: sql<string>`${deals.title}` },
  leads: { table: leads, name: sql<string>`${leads.name}` },
} satisfies Record<string, NameQuery>;

export type NamedObject = keyof typeof NAMES;

/**
 * Names of the records of one kind a page links to, in one query: id → name for those the caller
 * may see; an invisible, trashed or other org's record is simply missing (shown unnamed).
 */
export async function listRecordNames(
  ctx: Ctx,
  object: NamedObject,
  ids: readonly (string | null | undefined)[],
): Promise<RecordNames> {
  assertCan(ctx, "records:read");
  const wanted = usableIds(ids);
  if (wanted.length === 0) return {};
  const { table, name } = NAMES[object];
  const rows = await withOrg(ctx, (tx) =>
    tx
      .select({ id: table.id, name })
      .from(table)
      .where(and(visibleRecords(ctx, table, object), inArray(table.id, wanted)) as SQL),
  );
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

/** Stage id → name for the org's pipelines (one query; stages are org settings, visible to all members). */
export async function listStageNames(ctx: Ctx): Promise<RecordNames> {
  assertCan(ctx, "records:read");
  const rows = await withOrg(ctx, (tx) =>
    tx.select({ id: stages.id, name: stages.name }).from(stages).where(eq(stages.orgId, ctx.orgId)),
  );
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}
