import { and, inArray, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { highlight, snippet } from "./highlight";
import { SEARCH_LINK_TYPES, type SearchHit, type SearchType } from "./schemas";
import { SEARCH_SOURCES, type SearchSource } from "./search-sources";

type LinkType = (typeof SEARCH_LINK_TYPES)[number];
const isLinkType = (value: string | null): value is LinkType =>
  (SEARCH_LINK_TYPES as readonly string[]).includes(value ?? "");

const fields = (source: SearchSource, score: SQL<number>) => ({
  id: source.table.id,
  title: source.title,
  subtitle: source.subtitle,
  kind: source.kind,
  linkType: source.linkType,
  linkId: source.linkId,
  body: source.body,
  score,
});

/**
 * The best `limit` of the candidates (crm_search_candidates) the caller may see: the candidates
 * come from the indexes, visibility and RLS apply here, to the rows themselves.
 */
export function matchedRowsQuery(tx: DbOrTx, ctx: Ctx, type: SearchType, candidates: SQL, limit: number) {
  const source = SEARCH_SOURCES[type];
  const { table } = source;
  return tx
    .select(fields(source, sql<number>`c.score`.mapWith(Number)))
    .from(table)
    .innerJoin(sql`${candidates} as c`, sql`c.id = ${table.id}`)
    .where(and(source.visible(ctx), source.extra))
    .orderBy(sql`c.score desc`, sql`${table.updatedAt} desc`, table.id)
    .limit(limit);
}

/** Records of one type by id, those the caller may see. */
export function rowsByIdQuery(tx: DbOrTx, ctx: Ctx, type: SearchType, ids: string[]) {
  const source = SEARCH_SOURCES[type];
  return tx
    .select(fields(source, sql<number>`0::float8`.mapWith(Number)))
    .from(source.table)
    .where(and(source.visible(ctx), source.extra, inArray(source.table.id, ids)));
}

type Row = Awaited<ReturnType<typeof rowsByIdQuery>>[number];

/** Rows as results, with the matches of `terms` marked. */
export function toHits(type: SearchType, rows: Row[], terms: readonly string[]): SearchHit[] {
  return rows.map((row) => ({
    type,
    id: row.id,
    title: highlight(row.title, terms),
    subtitle: row.subtitle ? highlight(row.subtitle, terms) : null,
    snippet: row.body ? snippet(row.body, terms) : null,
    kind: row.kind,
    link: isLinkType(row.linkType) && row.linkId ? { type: row.linkType, id: row.linkId } : null,
    score: row.score,
  }));
}
