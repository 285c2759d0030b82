// GET/PATCH/DELETE /api/v1/activities/{id} – one activity (404 when not visible, 403 when not the caller's to change)
import { deleteActivity } from "@crm/core/modules/activities/delete-activity";
import { getActivityOrThrow } from "@crm/core/modules/activities/get-activity";
import { updateActivity } from "@crm/core/modules/activities/update-activity";
import { deleteRoute, getRoute, patchRoute } from "@/lib/api/record-routes";

export const GET = getRoute(getActivityOrThrow);
export const PATCH = patchRoute(updateActivity);
export const DELETE = deleteRoute(deleteActivity);
