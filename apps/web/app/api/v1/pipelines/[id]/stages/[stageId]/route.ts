// PATCH/DELETE /api/v1/pipelines/{id}/stages/{stageId} – change a stage; delete it (?moveDealsToStageId when it has deals)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { PATCH, DELETE } = restHandlers("/pipelines/{id}/stages/{stageId}", "PATCH", "DELETE");
