// GET /api/v1/contacts/export – the contacts list (filters, q, sort, columns) as CSV or XLSX, streamed
import { listExportRoute } from "@/features/exports/export-routes";

export const GET = listExportRoute("contacts");
