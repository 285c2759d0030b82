import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { listTimelineOfVisibleAnchor } from "../activities/list-timeline";
import type { Activity } from "../activities/tables";
import type { Page } from "./list-query";

type Anchor = "contactId" | "companyId" | "dealId";

/**
 * One record, and with `include: ["timeline"]` the first page of its timeline, in one transaction
 * that reads the record once: the record's own visibility check stands for the timeline's.
 */
export async function getWithTimeline<T>(
  ctx: Ctx,
  get: (ctx: Ctx, id: string) => Promise<T>,
  anchor: Anchor,
  input: { id: string; include?: "timeline" },
): Promise<{ data: T; timeline?: Page<Activity> }> {
  if (input.include !== "timeline") return { data: await get(ctx, input.id) };
  return withOrg(ctx, async (tx) => {
    const data = await get(ctx, input.id);
    const timeline = await listTimelineOfVisibleAnchor(tx, ctx, { [anchor]: input.id });
    return { data, timeline };
  });
}
