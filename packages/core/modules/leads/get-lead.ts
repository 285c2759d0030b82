import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { findVisibleRecord } from "../records/record-access";
import { type Lead, leads } from "./tables";

export async function getLeadOrThrow(ctx: Ctx, id: string): Promise<Lead> {
  assertCan(ctx, "records:read");
  return withOrg(ctx, (tx) => findVisibleRecord<Lead>(tx, ctx, leads, "leads", id));
}
