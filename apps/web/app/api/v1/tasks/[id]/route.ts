// GET/PATCH/DELETE /api/v1/tasks/{id} – one task (404 when not visible); PATCH status "open" reopens it
import { deleteTask } from "@crm/core/modules/tasks/delete-task";
import { getTaskOrThrow } from "@crm/core/modules/tasks/get-task";
import { updateTask } from "@crm/core/modules/tasks/update-task";
import { deleteRoute, getRoute, patchRoute } from "@/lib/api/record-routes";

export const GET = getRoute(getTaskOrThrow);
export const PATCH = patchRoute(updateTask);
export const DELETE = deleteRoute(deleteTask);
