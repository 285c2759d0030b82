// POST /api/v1/deals/{id}/won – move a deal to its pipeline's won stage, answers the deal
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/deals/{id}/won", "POST");
