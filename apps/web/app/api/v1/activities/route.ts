// GET /api/v1/activities – list activities visible to the caller; POST – log a note, call, meeting or email
import { createActivity } from "@crm/core/modules/activities/create-activity";
import { listActivities } from "@crm/core/modules/activities/list-activities";
import { createRoute, listRoute } from "@/lib/api/record-routes";

export const GET = listRoute(listActivities);
export const POST = createRoute(createActivity);
