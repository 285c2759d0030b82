// GET /api/v1/companies/export – the companies list (filters, q, sort, columns) as CSV or XLSX, streamed
import { listExportRoute } from "@/features/exports/export-routes";

export const GET = listExportRoute("companies");
