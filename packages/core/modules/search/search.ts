import { sql } from "drizzle-orm";
import { executeRows } from "../../db/execute-rows";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { titleMatch } from "./highlight";
import { SEARCH_TYPES, type SearchData, type SearchGroup, type SearchResult } from "./schemas";
import { prepareQuery } from "./search-query";
import { groupMatchedRows, matchedRowsSql, toHits } from "./search-rows";

/**
 * Rows read per type and way of matching (the query's words, the query within a name or email, the
 * typo alternatives) before they are scored and visibility applies: when more rows match, the best
 * of the first ones read are shown. The ways after the words run only while fewer rows than a page
 * were found. A rep may see only their own and shared records, so reads more, and every way while
 * fewer than that were found; they see fewer results than there are only when nearly all of those
 * are hidden from them.
 */
const CANDIDATE_SCAN = 50;
const REP_CANDIDATE_SCAN = 200;

/**
 * Global search across the record types the caller may see: full text (weighted, unaccented) and
 * typo-tolerant words, best first, at most `limit` results per type, grouped by type with the best
 * group first.
 */
export async function search(ctx: Ctx, { q, types, limit }: SearchData): Promise<SearchResult> {
  assertCan(ctx, "records:read");
  const wanted = SEARCH_TYPES.filter((type) => !types || types.includes(type));
  return withOrg(ctx, async (tx) => {
    // Normalised by the database, so the query is folded exactly like the indexed text. JIT off for
    // the search statement: priced by its row estimates, a rep's (visibility subqueries on every
    // candidate) passes jit_above_cost, and compiling it took 130 ms of a statement that runs in 10.
    const [normalised] = await executeRows<{ text: string }>(
      tx,
      sql`select set_config('jit', 'off', true), crm_search_norm(${q}) as text`,
    );
    const query = prepareQuery(normalised?.text ?? "");
    if (!query.text) return { groups: [] };
    // Every type in one statement: a transaction has one connection, and each round trip costs.
    const reads =
      ctx.role === "rep"
        ? { scan: REP_CANDIDATE_SCAN, enough: REP_CANDIDATE_SCAN }
        : { scan: CANDIDATE_SCAN, enough: limit };
    let matched = await executeRows(tx, matchedRowsSql(ctx, wanted, query, reads, limit));
    // Nothing at all, though every word is spelled like a word of the org ("Antony Woeschler", with
    // an Antony and an Anthony Wöschler): once more with typo alternatives for every word.
    if (matched.length === 0 && query.typoWords.length > 0) {
      matched = await executeRows(tx, matchedRowsSql(ctx, wanted, query, reads, limit, true));
    }
    const byType = groupMatchedRows(matched);
    const groups: SearchGroup[] = [];
    for (const type of wanted) {
      const items = toHits(type, byType.get(type) ?? [], query.words);
      if (items.length > 0) groups.push({ type, items });
    }
    // Groups by how well their best title matches the words typed, the same measure for every type;
    // then the types in their usual order (people first; a deal or a call is often named after them),
    // then the database's score. By score alone a company's short name came before the person asked for.
    const match = new Map(
      groups.map((group) => [
        group.type,
        Math.max(
          ...group.items.map((item) => Math.round(titleMatch(item.title.text, query.words) * 20) / 20),
        ),
      ]),
    );
    const best = (group: SearchGroup) => group.items[0]?.score ?? 0;
    groups.sort(
      (a, b) =>
        (match.get(b.type) ?? 0) - (match.get(a.type) ?? 0) ||
        SEARCH_TYPES.indexOf(a.type) - SEARCH_TYPES.indexOf(b.type) ||
        best(b) - best(a),
    );
    return { groups };
  });
}
