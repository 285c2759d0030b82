// PATCH/DELETE /api/v1/pipelines/{id}/stages/{stageId} – change a stage; delete it (?moveDealsToStageId when it has deals)
import { deleteStage } from "@crm/core/modules/deals/delete-stage";
import { updateStage } from "@crm/core/modules/deals/update-stage";
import { readJson } from "@/lib/api/record-routes";
import { withApi } from "@/lib/api/with-api";

type Params = { id: string; stageId: string };

export const PATCH = withApi<Params>(async (request, { ctx, params }) =>
  Response.json({
    data: await updateStage(ctx, params.id, params.stageId, (await readJson(request)) as never),
  }),
);
export const DELETE = withApi<Params>(async (request, { ctx, params }) => {
  const moveDealsToStageId = new URL(request.url).searchParams.get("moveDealsToStageId") ?? undefined;
  await deleteStage(ctx, params.id, params.stageId, { moveDealsToStageId });
  return new Response(null, { status: 204 });
});
