// GET/PATCH/DELETE /api/v1/companies/{id} – one company (404 when not visible to the caller)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, PATCH, DELETE } = restHandlers("/companies/{id}", "GET", "PATCH", "DELETE");
