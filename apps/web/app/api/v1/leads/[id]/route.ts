// GET/PATCH/DELETE /api/v1/leads/{id} – one lead (404 when not visible to the caller)
import { deleteLead } from "@crm/core/modules/leads/delete-lead";
import { getLeadOrThrow } from "@crm/core/modules/leads/get-lead";
import { updateLead } from "@crm/core/modules/leads/update-lead";
import { deleteRoute, getRoute, patchRoute } from "@/lib/api/record-routes";

export const GET = getRoute(getLeadOrThrow);
export const PATCH = patchRoute(updateLead);
export const DELETE = deleteRoute(deleteLead);
