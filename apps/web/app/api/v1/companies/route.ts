// GET /api/v1/companies – list companies visible to the caller; POST – create a company
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, POST } = restHandlers("/companies", "GET", "POST");
