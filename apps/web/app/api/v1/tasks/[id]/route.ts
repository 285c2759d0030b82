// GET/PATCH/DELETE /api/v1/tasks/{id} – one task (404 when not visible); PATCH status "open" reopens it
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, PATCH, DELETE } = restHandlers("/tasks/{id}", "GET", "PATCH", "DELETE");
