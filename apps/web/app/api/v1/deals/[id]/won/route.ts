// POST /api/v1/deals/{id}/won – move a deal to its pipeline's won stage, answers the deal
import { markDealWon } from "@crm/core/modules/deals/mark-deal-won";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi<{ id: string }>(async (_request, { ctx, params }) =>
  Response.json({ data: await markDealWon(ctx, params.id) }),
);
