import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import {
  buildListQuery,
  customFieldsForList,
  type ListFilters,
  type ListParams,
} from "../records/list-query";
import { dealListSpec } from "./list-spec";
import { deals } from "./tables";
import { withWeightedValue } from "./weighted-value";

export async function listDeals(ctx: Ctx, params: ListParams, filters: ListFilters = {}) {
  assertCan(ctx, "records:read");
  return withOrg(ctx, async (tx) => {
    const defs = await customFieldsForList(tx, ctx, "deals", params, filters);
    const query = buildListQuery(ctx, dealListSpec, params, filters, defs);
    const rows = await tx
      .select()
      .from(deals)
      .where(query.where)
      .orderBy(...query.orderBy)
      .limit(query.limit);
    const page = query.page(rows);
    return {
      data: page.data.map(withWeightedValue),
      nextCursor: page.nextCursor,
      ...(await query.total(tx, rows.length)),
    };
  });
}
