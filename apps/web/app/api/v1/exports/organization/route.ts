// GET /api/v1/exports/organization – every table of the organization as a ZIP of CSVs with a manifest (admins)
import { orgExportRoute } from "@/features/exports/export-routes";

export const GET = orgExportRoute();
