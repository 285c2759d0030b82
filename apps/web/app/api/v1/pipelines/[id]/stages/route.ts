// POST /api/v1/pipelines/{id}/stages – add a stage; PUT – reorder stages ({"stageIds": [...]})
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST, PUT } = restHandlers("/pipelines/{id}/stages", "POST", "PUT");
