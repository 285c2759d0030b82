// GET /api/v1/leads – list leads visible to the caller; POST – create a lead
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, POST } = restHandlers("/leads", "GET", "POST");
