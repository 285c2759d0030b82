// POST /api/v1/deals/{id}/lost – move a deal to its pipeline's lost stage ({"lostReason"?}), answers the deal
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/deals/{id}/lost", "POST");
