// GET /api/v1/pipelines/{id}/board – per-stage totals and first cards (?ownerId, closeFrom, closeTo, minValue, maxValue, cards)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/pipelines/{id}/board", "GET");
