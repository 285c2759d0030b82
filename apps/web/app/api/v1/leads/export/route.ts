// GET /api/v1/leads/export – the leads list (filters, q, sort, columns) as CSV or XLSX, streamed
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/leads/export", "GET");
