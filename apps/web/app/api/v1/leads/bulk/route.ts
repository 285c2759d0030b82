// POST /api/v1/leads/bulk – tag, change or trash up to 200 leads in one transaction, answered per id
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/leads/bulk", "POST");
