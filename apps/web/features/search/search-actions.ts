"use server";
import { getRecentRecords } from "@crm/core/modules/search/get-recent-records";
import { searchOperations } from "@crm/core/modules/search/operations";
import type { RecentRef, SearchInput } from "@crm/core/modules/search/schemas";
import { runOrgAction } from "@/lib/actions";
import { runOrgOperation } from "@/lib/operation-action";

/** The palette's search as you type: the operation of GET /api/v1/search. */
export async function searchAction(slug: string, input: SearchInput) {
  return runOrgOperation(slug, searchOperations.query, input);
}

/** Names of the records the palette remembers the user opened, minus those no longer visible. */
export async function recentRecordsAction(slug: string, refs: RecentRef[]) {
  return runOrgAction("search.recent", slug, (ctx) => getRecentRecords(ctx, refs));
}
