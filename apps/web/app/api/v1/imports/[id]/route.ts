// GET /api/v1/imports/{id} – an import's status, counts, progress and first errors (404 when not the caller's)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/imports/{id}", "GET");
