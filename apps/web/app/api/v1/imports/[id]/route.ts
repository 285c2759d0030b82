// GET /api/v1/imports/{id} – an import's status, counts, progress and first errors (404 when not the caller's)
import { getImport } from "@crm/core/modules/imports/get-import";
import { getRoute } from "@/lib/api/record-routes";

export const GET = getRoute(getImport);
