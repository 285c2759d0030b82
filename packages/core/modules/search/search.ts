import { sql } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import {
  SEARCH_TYPES,
  type SearchGroup,
  type SearchInput,
  type SearchResult,
  searchInputSchema,
} from "./schemas";
import { prepareQuery } from "./search-query";
import { matchedRowsQuery, toHits } from "./search-rows";
import { candidatesSql, SEARCH_SOURCES } from "./search-sources";

// Trigram thresholds for this transaction: 0.3 for the whole query against a name ("jon smiht" and
// "john smith" score 0.31), 0.5 for each word against the best-matching part of a name.
const SIMILARITY_THRESHOLD = "0.3";
const WORD_SIMILARITY_THRESHOLD = "0.5";
/**
 * Best matches per type considered before visibility: a rep sees fewer results only when more than
 * this many better matches in the org are hidden from them.
 */
const CANDIDATE_CAP = 500;

/**
 * Global search across the record types the caller may see: full text (weighted, unaccented) and
 * trigram similarity, best first, at most `limit` results per type, grouped by type with the best
 * group first.
 */
export async function search(ctx: Ctx, input: SearchInput): Promise<SearchResult> {
  assertCan(ctx, "records:read");
  const { q, types, limit } = searchInputSchema.parse(input);
  const wanted = SEARCH_TYPES.filter((type) => !types || types.includes(type));
  return withOrg(ctx, async (tx) => {
    await tx.execute(
      sql`select set_config('pg_trgm.similarity_threshold', ${SIMILARITY_THRESHOLD}, true), set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY_THRESHOLD}, true)`,
    );
    // Normalised by the database, so the query is folded exactly like the indexed text.
    const result = await tx.execute(sql`select crm_search_norm(${q}) as text`);
    const query = prepareQuery((result as unknown as { rows: { text: string }[] }).rows[0]?.text ?? "");
    if (!query.text) return { groups: [] };
    const groups: SearchGroup[] = [];
    // One query after the other: a transaction has one connection.
    for (const type of wanted) {
      const candidates = candidatesSql(SEARCH_SOURCES[type], query, CANDIDATE_CAP);
      const rows = await matchedRowsQuery(tx, ctx, type, candidates, limit);
      const items = toHits(type, rows, query.words);
      if (items.length > 0) groups.push({ type, items });
    }
    const best = (group: SearchGroup) => group.items[0]?.score ?? 0;
    groups.sort((a, b) => best(b) - best(a) || SEARCH_TYPES.indexOf(a.type) - SEARCH_TYPES.indexOf(b.type));
    return { groups };
  });
}
