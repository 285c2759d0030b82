// GET/PATCH/DELETE /api/v1/pipelines/{id} – one pipeline with its stages; rename, make default, delete when empty
import { deletePipeline } from "@crm/core/modules/deals/delete-pipeline";
import { getPipeline } from "@crm/core/modules/deals/get-pipeline";
import { updatePipeline } from "@crm/core/modules/deals/update-pipeline";
import { deleteRoute, getRoute, patchRoute } from "@/lib/api/record-routes";

export const GET = getRoute(getPipeline);
export const PATCH = patchRoute(updatePipeline);
export const DELETE = deleteRoute(deletePipeline);
