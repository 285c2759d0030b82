// GET/PATCH/DELETE /api/v1/activities/{id} – one activity (404 when not visible, 403 when not the caller's to change)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, PATCH, DELETE } = restHandlers("/activities/{id}", "GET", "PATCH", "DELETE");
