import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import {
  buildListQuery,
  customFieldsForList,
  type ListFilters,
  type ListParams,
} from "../records/list-query";
import { contactListSpec } from "./list-spec";
import { contacts } from "./tables";

export async function listContacts(ctx: Ctx, params: ListParams, filters: ListFilters = {}) {
  assertCan(ctx, "records:read");
  return withOrg(ctx, async (tx) => {
    const defs = await customFieldsForList(tx, ctx, "contacts", params, filters);
    const query = buildListQuery(ctx, contactListSpec, params, filters, defs);
    const rows = await tx
      .select()
      .from(contacts)
      .where(query.where)
      .orderBy(...query.orderBy)
      .limit(query.limit);
    return { ...query.page(rows), ...(await query.total(tx, rows.length)) };
  });
}
