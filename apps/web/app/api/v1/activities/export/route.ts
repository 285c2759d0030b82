// GET /api/v1/activities/export – the activities list (filters, q, sort, columns) as CSV or XLSX, streamed
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/activities/export", "GET");
