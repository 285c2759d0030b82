import { and, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { highlight, snippet } from "./highlight";
import { SEARCH_LINK_TYPES, type SearchHit, type SearchType } from "./schemas";
import { SEARCH_SOURCES } from "./search-sources";

type LinkType = (typeof SEARCH_LINK_TYPES)[number];
const isLinkType = (value: string | null): value is LinkType =>
  (SEARCH_LINK_TYPES as readonly string[]).includes(value ?? "");

type HitsOptions = { match: SQL; score: SQL<number>; limit: number; terms: readonly string[] };

/** The query for the rows of one record type the caller may see that satisfy `match`, best first. */
export function hitsQuery(tx: DbOrTx, ctx: Ctx, type: SearchType, options: Omit<HitsOptions, "terms">) {
  const source = SEARCH_SOURCES[type];
  const { table } = source;
  return tx
    .select({
      id: table.id,
      title: source.title,
      subtitle: source.subtitle,
      kind: source.kind,
      linkType: source.linkType,
      linkId: source.linkId,
      body: source.body,
      score: options.score,
    })
    .from(table)
    .where(and(source.visible(ctx), source.extra, options.match))
    .orderBy(sql`${options.score} desc`, sql`${table.updatedAt} desc`, table.id)
    .limit(options.limit);
}

/** Those rows as results, with the matches of `terms` marked. */
export async function selectHits(
  tx: DbOrTx,
  ctx: Ctx,
  type: SearchType,
  options: HitsOptions,
): Promise<SearchHit[]> {
  const rows = await hitsQuery(tx, ctx, type, options);
  return rows.map((row) => ({
    type,
    id: row.id,
    title: highlight(row.title, options.terms),
    subtitle: row.subtitle ? highlight(row.subtitle, options.terms) : null,
    snippet: row.body ? snippet(row.body, options.terms) : null,
    kind: row.kind,
    link: isLinkType(row.linkType) && row.linkId ? { type: row.linkType, id: row.linkId } : null,
    score: row.score,
  }));
}
