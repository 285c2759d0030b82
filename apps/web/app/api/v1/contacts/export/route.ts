// GET /api/v1/contacts/export – the contacts list (filters, q, sort, columns) as CSV or XLSX, streamed
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/contacts/export", "GET");
