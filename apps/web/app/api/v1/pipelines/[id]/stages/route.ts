// POST /api/v1/pipelines/{id}/stages – add a stage; PUT – reorder stages ({"stageIds": [...]})
import { addStage } from "@crm/core/modules/deals/add-stage";
import { reorderStages } from "@crm/core/modules/deals/reorder-stages";
import { readJson } from "@/lib/api/record-routes";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi<{ id: string }>(async (request, { ctx, params }) =>
  Response.json(
    { data: await addStage(ctx, params.id, (await readJson(request)) as never) },
    { status: 201 },
  ),
);
export const PUT = withApi<{ id: string }>(async (request, { ctx, params }) =>
  Response.json({ data: await reorderStages(ctx, params.id, (await readJson(request)) as never) }),
);
