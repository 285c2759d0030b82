// GET/PATCH/DELETE /api/v1/pipelines/{id} – one pipeline with its stages; rename, make default, delete (?moveDealsToStageId)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, PATCH, DELETE } = restHandlers("/pipelines/{id}", "GET", "PATCH", "DELETE");
