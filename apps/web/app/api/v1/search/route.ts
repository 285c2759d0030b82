// GET /api/v1/search?q=…&types=contacts,companies&limit=5 – records the caller can see that match q, grouped by type, best first
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/search", "GET");
