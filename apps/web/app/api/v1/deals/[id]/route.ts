// GET/PATCH/DELETE /api/v1/deals/{id} – one deal (404 when not visible to the caller)
import { deleteDeal } from "@crm/core/modules/deals/delete-deal";
import { getDealOrThrow } from "@crm/core/modules/deals/get-deal";
import { updateDeal } from "@crm/core/modules/deals/update-deal";
import { deleteRoute, getRoute, patchRoute } from "@/lib/api/record-routes";

export const GET = getRoute(getDealOrThrow, { timeline: "dealId" });
export const PATCH = patchRoute(updateDeal);
export const DELETE = deleteRoute(deleteDeal);
