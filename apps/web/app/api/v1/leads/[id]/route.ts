// GET/PATCH/DELETE /api/v1/leads/{id} – one lead (404 when not visible to the caller)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, PATCH, DELETE } = restHandlers("/leads/{id}", "GET", "PATCH", "DELETE");
