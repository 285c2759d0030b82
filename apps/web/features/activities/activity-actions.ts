"use server";
import { createActivity } from "@crm/core/modules/activities/create-activity";
import { listTimeline } from "@crm/core/modules/activities/list-timeline";
import type {
  CreateActivityInput,
  TimelineAnchor,
  TimelineOptions,
} from "@crm/core/modules/activities/schemas";
import { runOrgAction } from "@/lib/actions";

export async function createActivityAction(slug: string, input: CreateActivityInput) {
  return runOrgAction("activities.create", slug, async (ctx) => (await createActivity(ctx, input)).id);
}

/** The next page of a record's timeline ("Show more"). */
export async function loadTimelineAction(slug: string, anchor: TimelineAnchor, options: TimelineOptions) {
  return runOrgAction("timeline.list", slug, (ctx) => listTimeline(ctx, anchor, { ...options, limit: 20 }));
}
