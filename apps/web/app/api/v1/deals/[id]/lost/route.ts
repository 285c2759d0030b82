// POST /api/v1/deals/{id}/lost – move a deal to its pipeline's lost stage ({"lostReason"?}), answers the deal
import { markDealLost } from "@crm/core/modules/deals/mark-deal-lost";
import { readJson } from "@/lib/api/record-routes";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi<{ id: string }>(async (request, { ctx, params }) => {
  const body = await readJson(request, { empty: {} });
  return Response.json({ data: await markDealLost(ctx, params.id, body as never) });
});
