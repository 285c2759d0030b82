// GET /api/v1/pipelines/{id}/board – per-stage totals and first cards (?ownerId, closeFrom, closeTo, minValue, maxValue)
import { getPipelineBoard } from "@crm/core/modules/deals/get-board";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi<{ id: string }>(async (request, { ctx, params }) => {
  // An empty parameter (?ownerId=) means "no filter", as in the list routes.
  const query = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  return Response.json({ data: await getPipelineBoard(ctx, params.id, query) });
});
