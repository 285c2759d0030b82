import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { findVisibleRecord } from "../records/record-access";
import { type Task, tasks } from "./tables";

export async function getTaskOrThrow(ctx: Ctx, id: string): Promise<Task> {
  assertCan(ctx, "records:read");
  return withOrg(ctx, (tx) => findVisibleRecord<Task>(tx, ctx, tasks, "tasks", id));
}
