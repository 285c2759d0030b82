// GET /api/v1/deals – list deals visible to the caller; POST – create a deal
import { createDeal } from "@crm/core/modules/deals/create-deal";
import { listDeals } from "@crm/core/modules/deals/list-deals";
import { createRoute, listRoute } from "@/lib/api/record-routes";

export const GET = listRoute(listDeals);
export const POST = createRoute(createDeal);
