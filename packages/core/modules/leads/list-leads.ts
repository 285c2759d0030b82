import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import {
  buildListQuery,
  customFieldsForList,
  type ListFilters,
  type ListParams,
} from "../records/list-query";
import { leadListSpec } from "./list-spec";
import { leads } from "./tables";

export async function listLeads(ctx: Ctx, params: ListParams, filters: ListFilters = {}) {
  assertCan(ctx, "records:read");
  return withOrg(ctx, async (tx) => {
    const defs = await customFieldsForList(tx, ctx, "leads", params, filters);
    const query = buildListQuery(ctx, leadListSpec, params, filters, defs);
    const rows = await tx
      .select()
      .from(leads)
      .where(query.where)
      .orderBy(...query.orderBy)
      .limit(query.limit);
    return { ...query.page(rows), ...(await query.total(tx, rows.length)) };
  });
}
