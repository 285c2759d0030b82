// GET /api/v1/exports/organization – every table of the organization as a ZIP of CSVs with a manifest (admins)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/exports/organization", "GET");
