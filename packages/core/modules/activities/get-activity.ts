import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { findVisibleActivity } from "./activity-access";
import type { Activity } from "./tables";

export async function getActivityOrThrow(ctx: Ctx, id: string): Promise<Activity> {
  assertCan(ctx, "records:read");
  return withOrg(ctx, (tx) => findVisibleActivity(tx, ctx, id));
}
