// GET /api/v1/companies/export – the companies list (filters, q, sort, columns) as CSV or XLSX, streamed
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/companies/export", "GET");
