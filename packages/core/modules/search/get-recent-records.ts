import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { type RecentRef, recentRefsSchema, type SearchHit } from "./schemas";
import { rowsByIdQuery, toHits } from "./search-rows";

/**
 * The records a user opened lately (the client remembers which), named like search results, in
 * the order given; those the caller can no longer see (deleted, unshared, another org) drop out.
 */
export async function getRecentRecords(ctx: Ctx, input: RecentRef[]): Promise<SearchHit[]> {
  assertCan(ctx, "records:read");
  const refs = recentRefsSchema.parse(input);
  if (refs.length === 0) return [];
  const types = [...new Set(refs.map((ref) => ref.type))];
  const hits = await withOrg(ctx, async (tx) => {
    const found: SearchHit[] = [];
    for (const type of types) {
      const ids = refs.filter((ref) => ref.type === type).map((ref) => ref.id);
      found.push(...toHits(type, await rowsByIdQuery(tx, ctx, type, ids), []));
    }
    return found;
  });
  const key = (ref: { type: string; id: string }) => `${ref.type}:${ref.id}`;
  const byKey = new Map(hits.map((hit) => [key(hit), hit]));
  return refs.flatMap((ref) => byKey.get(key(ref)) ?? []);
}
