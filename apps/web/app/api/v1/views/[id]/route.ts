// PATCH/DELETE /api/v1/views/{id} – change or delete an own saved view (admins may delete shared ones)
import { deleteView } from "@crm/core/modules/views/delete-view";
import { updateView } from "@crm/core/modules/views/update-view";
import { deleteRoute, patchRoute } from "@/lib/api/record-routes";

export const PATCH = patchRoute(updateView);
export const DELETE = deleteRoute(deleteView);
