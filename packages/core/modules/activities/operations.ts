import { z } from "zod";
import { defineOperation } from "../../platform/operations/define-operation";
import { recordOutput } from "../records/operation-schemas";
import { defineRecordOperations } from "../records/record-operations";
import { createActivity } from "./create-activity";
import { deleteActivity } from "./delete-activity";
import { getActivityOrThrow } from "./get-activity";
import { listActivities } from "./list-activities";
import { activityListSpec } from "./list-spec";
import { listTimeline } from "./list-timeline";
import { createActivitySchema, timelineInputSchema, updateActivitySchema } from "./schemas";
import { activities } from "./tables";
import { updateActivity } from "./update-activity";

export const activityOperations = {
  ...defineRecordOperations({
    object: "activities",
    noun: "activity",
    spec: activityListSpec,
    row: recordOutput(activities),
    list: listActivities,
    get: getActivityOrThrow,
    create: { schema: createActivitySchema, run: createActivity },
    update: { schema: updateActivitySchema, run: updateActivity },
    remove: deleteActivity,
  }),
  timeline: defineOperation({
    name: "timeline.list",
    description:
      "A record's history, newest first, a page at a time: a company's rolls up its contacts' and deals', a contact's its deals'",
    permission: "records:read",
    writes: false,
    input: timelineInputSchema,
    output: z.object({ data: z.array(recordOutput(activities)), nextCursor: z.string().nullable() }),
    handler: (ctx, { contactId, companyId, dealId, ...options }) =>
      listTimeline(ctx, { contactId, companyId, dealId }, options),
  }),
};
