// GET /api/v1/deals – list deals visible to the caller; POST – create a deal
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, POST } = restHandlers("/deals", "GET", "POST");
