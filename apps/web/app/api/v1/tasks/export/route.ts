// GET /api/v1/tasks/export – the tasks list (filters, q, sort, columns) as CSV or XLSX, streamed
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/tasks/export", "GET");
