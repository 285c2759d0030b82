// POST /api/v1/deals/bulk – tag, change or trash up to 200 deals in one transaction, answered per id
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/deals/bulk", "POST");
