import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import {
  buildListQuery,
  customFieldsForList,
  type ListFilters,
  type ListParams,
} from "../records/list-query";
import { companyListSpec } from "./list-spec";
import { companies } from "./tables";

export async function listCompanies(ctx: Ctx, params: ListParams, filters: ListFilters = {}) {
  assertCan(ctx, "records:read");
  return withOrg(ctx, async (tx) => {
    const defs = await customFieldsForList(tx, ctx, "companies", params, filters);
    const query = buildListQuery(ctx, companyListSpec, params, filters, defs);
    const rows = await tx
      .select()
      .from(companies)
      .where(query.where)
      .orderBy(...query.orderBy)
      .limit(query.limit);
    return { ...query.page(rows), ...(await query.total(tx, rows.length)) };
  });
}
