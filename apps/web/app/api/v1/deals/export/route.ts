// GET /api/v1/deals/export – the deals list (filters, q, sort, columns) as CSV or XLSX, streamed
import { listExportRoute } from "@/features/exports/export-routes";

export const GET = listExportRoute("deals");
