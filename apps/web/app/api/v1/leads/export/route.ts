// GET /api/v1/leads/export – the leads list (filters, q, sort, columns) as CSV or XLSX, streamed
import { listExportRoute } from "@/features/exports/export-routes";

export const GET = listExportRoute("leads");
