// PUT /api/v1/deals/{id}/stage – move a deal to another stage ({"stageId"}), answers the deal
import { moveDealStage } from "@crm/core/modules/deals/move-deal-stage";
import { patchRoute } from "@/lib/api/record-routes";

export const PUT = patchRoute(moveDealStage);
