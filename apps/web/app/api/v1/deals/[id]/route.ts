// GET/PATCH/DELETE /api/v1/deals/{id} – one deal (404 when not visible to the caller)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, PATCH, DELETE } = restHandlers("/deals/{id}", "GET", "PATCH", "DELETE");
