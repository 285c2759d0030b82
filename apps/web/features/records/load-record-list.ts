import "server-only";
import { listMembers } from "@crm/core/modules/orgs/list-members";
import type { ListFilters, ListPage, ListParams } from "@crm/core/modules/records/list-query";
import type { Ctx } from "@crm/core/platform/context";
import { AppError } from "@crm/core/platform/errors";
import { type ListConfig, type ListState, PAGE_SIZE, parseListState } from "./list-config";
import type { MemberOption } from "./member-option";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export type LoadedList<T> = {
  state: ListState;
  page: ListPage<T>;
  /** The URL asked for something the list cannot do (a stale cursor, an unknown value): offer a reset. */
  invalid: boolean;
};

/** One page of a record list as the URL describes it; never more than a page is read. */
export async function loadRecordList<T>(
  config: ListConfig,
  searchParams: SearchParams,
  list: (params: ListParams, filters: ListFilters) => Promise<ListPage<T>>,
): Promise<LoadedList<T>> {
  const state = parseListState(config, await searchParams);
  const params: ListParams = {
    limit: PAGE_SIZE,
    cursor: state.cursor ?? undefined,
    sort: state.sort ?? undefined,
    q: state.q || undefined,
  };
  try {
    return { state, page: await list(params, state.filters), invalid: false };
  } catch (error) {
    // A hand-edited or outdated URL is not a server error: the page shows it and offers a reset.
    if (error instanceof AppError && error.code === "unprocessable") {
      return { state, page: { data: [], nextCursor: null, total: 0, totalIsEstimate: false }, invalid: true };
    }
    throw error;
  }
}

/** The org's members for owner columns and pickers. */
export async function loadMemberOptions(ctx: Ctx): Promise<MemberOption[]> {
  const members = await listMembers(ctx);
  return members.map((m) => ({ userId: m.userId, name: m.name }));
}
