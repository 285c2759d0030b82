// GET/PATCH/DELETE /api/v1/pipelines/{id} – one pipeline with its stages; rename, make default, delete
// (`?moveDealsToStageId=` names a stage of another pipeline for its deals)
import { deletePipeline } from "@crm/core/modules/deals/delete-pipeline";
import { getPipeline } from "@crm/core/modules/deals/get-pipeline";
import { updatePipeline } from "@crm/core/modules/deals/update-pipeline";
import { getRoute, patchRoute } from "@/lib/api/record-routes";
import { withApi } from "@/lib/api/with-api";

export const GET = getRoute(getPipeline);
export const PATCH = patchRoute(updatePipeline);
export const DELETE = withApi<{ id: string }>(async (request, { ctx, params }) => {
  const moveDealsToStageId = new URL(request.url).searchParams.get("moveDealsToStageId") ?? undefined;
  await deletePipeline(ctx, params.id, { moveDealsToStageId });
  return new Response(null, { status: 204 });
});
