import { and, inArray, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { RECORD_TYPES } from "../records/record-types";
import { highlight, snippet } from "./highlight";
import { SEARCH_LINK_TYPES, SEARCH_TYPES, type SearchHit, type SearchType } from "./schemas";
import type { PreparedQuery } from "./search-query";
import { candidatesSql, type SearchSource, typoWordsSql } from "./search-sources";

/** Words of the org's vocabulary tried for each typo word, the most alike first. */
const TYPO_ALTERNATIVES = 8;
/** Words of the org's vocabulary containing a run of the query tried for names containing it, shortest first. */
const INSIDE_WORDS = 100;

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
 * One statement for every wanted type: per type the best `limit` of the candidates
 * (crm_search_candidates) the caller may see, ranked. The candidates come from the indexes;
 * visibility and RLS apply here, to the rows themselves. The vocabulary words (typo alternatives,
 * words containing the query) are looked up once for all types.
 */
export function matchedRowsSql(
  ctx: Ctx,
  types: readonly SearchType[],
  query: PreparedQuery,
  reads: { scan: number; enough: number },
  limit: number,
  /** Typo alternatives for every word, also those spelled like a word of the org (migration 0027). */
  forceTypos = false,
): SQL {
  const words = {
    typos: sql`(select words.typos from words)`,
    inside: sql`(select words.inside from words)`,
  };
  const parts = types.map((type) => {
    const source = RECORD_TYPES[type].search;
    const { table } = source;
    const order = sql`c.score desc, ${table.updatedAt} desc, ${table.id}`;
    return sql`(select ${type}::text as type, ${table.id} as id, ${source.title} as title, ${source.subtitle} as subtitle,
        ${source.kind} as kind, ${source.linkType} as link_type, ${source.linkId}::text as link_id, ${source.body} as body,
        c.score as score, ${table.updatedAt} as updated_at
      from ${table} inner join ${candidatesSql(source, query, reads, words)} as c on c.id = ${table.id}
      where ${and(source.visible(ctx), source.extra)}
      order by ${order} limit ${limit})`;
  });
  return sql`with words as materialized (
      select crm_search_fuzzy_tsquery(${typoWordsSql(query)}, ${TYPO_ALTERNATIVES}, ${forceTypos}) as typos,
             crm_search_inside_tsquery(${query.text}, ${INSIDE_WORDS}) as inside)
    ${sql.join(parts, sql` union all `)}`;
}

const matchedRowSchema = z.object({
  type: z.enum(SEARCH_TYPES),
  id: z.string(),
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  kind: z.string().nullable(),
  link_type: z.string().nullable(),
  link_id: z.string().nullable(),
  body: z.string().nullable(),
  score: z.coerce.number(),
  updated_at: z.coerce.date(),
});

/** The rows of matchedRowsSql by type, best first. */
export function groupMatchedRows(rows: unknown[]): Map<SearchType, Row[]> {
  const byType = new Map<SearchType, Row[]>();
  // The order of each type's query (a window function to carry it cost more planning than this).
  const parsed = rows
    .map((row) => matchedRowSchema.parse(row))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.updated_at.getTime() - a.updated_at.getTime() ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  for (const row of parsed) {
    const list = byType.get(row.type) ?? [];
    list.push({
      id: row.id,
      title: row.title ?? "",
      subtitle: row.subtitle,
      kind: row.kind,
      linkType: row.link_type,
      linkId: row.link_id,
      body: row.body,
      score: row.score,
    });
    byType.set(row.type, list);
  }
  return byType;
}

/** Records of one type by id, those the caller may see. */
export function rowsByIdQuery(tx: DbOrTx, ctx: Ctx, type: SearchType, ids: string[]) {
  const source = RECORD_TYPES[type].search;
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
