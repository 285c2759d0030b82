// POST /api/v1/companies/bulk – tag, change or trash up to 200 companies in one transaction, answered per id
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/companies/bulk", "POST");
