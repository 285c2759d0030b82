"use server";
import { getRecentRecords } from "@crm/core/modules/search/get-recent-records";
import type { RecentRef, SearchInput } from "@crm/core/modules/search/schemas";
import { search } from "@crm/core/modules/search/search";
import { runOrgAction } from "@/lib/actions";

/** The palette's search as you type: the same service and validation as GET /api/v1/search. */
export async function searchAction(slug: string, input: SearchInput) {
  return runOrgAction("search.query", slug, (ctx) => search(ctx, input));
}

/** Names of the records the palette remembers the user opened, minus those no longer visible. */
export async function recentRecordsAction(slug: string, refs: RecentRef[]) {
  return runOrgAction("search.recent", slug, (ctx) => getRecentRecords(ctx, refs));
}
