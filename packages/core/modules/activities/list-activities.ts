import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import {
  buildListQuery,
  customFieldsForList,
  type ListFilters,
  type ListParams,
} from "../records/list-query";
import { activityListSpec } from "./list-spec";
import { activities } from "./tables";

export async function listActivities(ctx: Ctx, params: ListParams, filters: ListFilters = {}) {
  assertCan(ctx, "records:read");
  return withOrg(ctx, async (tx) => {
    const defs = await customFieldsForList(tx, ctx, "activities", params, filters);
    const query = buildListQuery(ctx, activityListSpec, params, filters, defs);
    const rows = await tx
      .select()
      .from(activities)
      .where(query.where)
      .orderBy(...query.orderBy)
      .limit(query.limit);
    return { ...query.page(rows), ...(await query.total(tx, rows.length)) };
  });
}
