// GET /api/v1/activities/export – the activities list (filters, q, sort, columns) as CSV or XLSX, streamed
import { listExportRoute } from "@/features/exports/export-routes";

export const GET = listExportRoute("activities");
