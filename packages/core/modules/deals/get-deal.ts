import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { findVisibleRecord } from "../records/record-access";
import { type DealResponse, dealResponse } from "./deal-response";
import { type Deal, deals } from "./tables";

export async function getDealOrThrow(ctx: Ctx, id: string): Promise<DealResponse> {
  assertCan(ctx, "records:read");
  return withOrg(ctx, async (tx) =>
    dealResponse(tx, ctx.orgId, await findVisibleRecord<Deal>(tx, ctx, deals, "deals", id)),
  );
}
