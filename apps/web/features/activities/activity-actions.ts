"use server";
import { activityOperations as op } from "@crm/core/modules/activities/operations";
import type {
  CreateActivityInput,
  TimelineAnchor,
  TimelineOptions,
} from "@crm/core/modules/activities/schemas";
import { runOrgOperation } from "@/lib/operation-action";

export async function createActivityAction(slug: string, input: CreateActivityInput) {
  const result = await runOrgOperation(slug, op.create, input);
  return result.ok ? { ok: true as const, data: result.data.id } : result;
}

/** The next page of a record's timeline ("Show more"). */
export async function loadTimelineAction(slug: string, anchor: TimelineAnchor, options: TimelineOptions) {
  return runOrgOperation(slug, op.timeline, { ...options, ...anchor, limit: 20 });
}
