import { type AnyColumn, and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { users } from "../auth/tables";
import { pipelines, stages } from "../deals/tables";
import { members } from "../orgs/tables";
import { DISPLAY_NAMES, RECORD_TABLES } from "./record-tables";
import { visibleRecords } from "./visibility";

// The one name lookup, for pages and exports alike: the name of a linked record (or member, stage,
// pipeline) by id, as a page asks for a batch of ids, or as an export reads it with each row. A
// record the caller may not see, a trashed one or another org's has no name (shown unnamed).

export const NAME_KINDS = [
  "contacts",
  "companies",
  "leads",
  "deals",
  "tasks",
  "users",
  "stages",
  "pipelines",
] as const;
export type NameKind = (typeof NAME_KINDS)[number];
/** The record types among the kinds. */
export type NamedObject = Exclude<NameKind, "users" | "stages" | "pipelines">;

export type RecordNames = Record<string, string>;

type NameSource = { table: PgTable; id: AnyColumn; name: SQL<string>; where: SQL };

function nameSource(ctx: Ctx, kind: NameKind): NameSource {
  switch (kind) {
    case "users":
      return {
        table: users,
        id: users.id,
        name: sql<string>`${users.name}`,
        where: sql`exists (select 1 from ${members} where ${members.userId} = ${users.id} and ${members.organizationId} = ${ctx.orgId})`,
      };
    case "stages":
      return {
        table: stages,
        id: stages.id,
        name: sql<string>`${stages.name}`,
        where: eq(stages.orgId, ctx.orgId),
      };
    case "pipelines":
      return {
        table: pipelines,
        id: pipelines.id,
        name: sql<string>`${pipelines.name}`,
        where: eq(pipelines.orgId, ctx.orgId),
      };
    default: {
      const table = RECORD_TABLES[kind];
      return { table, id: table.id, name: DISPLAY_NAMES[kind], where: visibleRecords(ctx, table, kind) };
    }
  }
}

/**
 * The name of the `kind` record whose id is in `id` (a column of the row being read), as a scalar
 * subquery: the database reads it with the row, one primary-key lookup each (exports).
 */
export function nameOf(ctx: Ctx, kind: NameKind, id: AnyColumn): SQL<string | null> {
  const source = nameSource(ctx, kind);
  return sql<
    string | null
  >`(select ${source.name} from ${source.table} where ${and(eq(source.id, id), source.where)})`;
}

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

/** Names of the records of one kind a page links to, in one query: id → name. */
export async function listRecordNames(
  ctx: Ctx,
  kind: NameKind,
  ids: readonly (string | null | undefined)[],
): Promise<RecordNames> {
  assertCan(ctx, "records:read");
  const wanted = usableIds(ids);
  if (wanted.length === 0) return {};
  return readNames(ctx, kind, wanted);
}

/** Stage id → name for the org's pipelines (stages are org settings, visible to all members). */
export async function listStageNames(ctx: Ctx): Promise<RecordNames> {
  assertCan(ctx, "records:read");
  return readNames(ctx, "stages", null);
}

async function readNames(ctx: Ctx, kind: NameKind, ids: string[] | null): Promise<RecordNames> {
  const source = nameSource(ctx, kind);
  const rows = await withOrg(ctx, (tx) =>
    tx
      .select({ id: sql<string>`${source.id}`, name: source.name })
      .from(source.table)
      .where(and(source.where, ids ? inArray(source.id, ids) : undefined)),
  );
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}
