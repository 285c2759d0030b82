import "server-only";
import { listRecordHistory } from "@crm/core/modules/audit/list-record-history";
import { listPipelines } from "@crm/core/modules/deals/list-pipelines";
import { listMembers } from "@crm/core/modules/orgs/list-members";
import { listRecordNames, listStageNames } from "@crm/core/modules/records/list-record-names";
import type { Ctx } from "@crm/core/platform/context";
import { referenceKindOf } from "./history-fields";
import type { HistoryObject } from "./history-types";

export const HISTORY_PAGE_SIZE = 10;

/**
 * A page of a record's history with the names its entries point to (owners, companies, stages…),
 * one query per kind of name, never one per entry.
 */
export async function loadHistoryPage(ctx: Ctx, object: HistoryObject, id: string, before?: string) {
  const page = await listRecordHistory(ctx, { object, id, limit: HISTORY_PAGE_SIZE, before });
  const wanted = { companies: [], contacts: [], deals: [], members: [], stages: [], pipelines: [] } as Record<
    string,
    string[]
  >;
  for (const entry of page.data) {
    if (entry.sharedUserId) wanted.members?.push(entry.sharedUserId);
    for (const change of entry.changes) {
      const kind = referenceKindOf(change.field);
      if (!kind) continue;
      for (const value of [change.before, change.after].flat()) {
        if (typeof value === "string") wanted[kind]?.push(value);
      }
    }
  }
  // One after the other: on PGlite every query shares one connection.
  const names: Record<string, string> = {};
  for (const kind of ["companies", "contacts", "deals"] as const) {
    if (wanted[kind]?.length) Object.assign(names, await listRecordNames(ctx, kind, wanted[kind]));
  }
  if (wanted.members?.length) {
    for (const m of await listMembers(ctx)) names[m.userId] = m.name;
  }
  if (wanted.stages?.length) Object.assign(names, await listStageNames(ctx));
  if (wanted.pipelines?.length) {
    for (const p of await listPipelines(ctx)) names[p.id] = p.name;
  }
  return { ...page, names };
}

export type HistoryPage = Awaited<ReturnType<typeof loadHistoryPage>>;
export type HistoryEntry = HistoryPage["data"][number];
