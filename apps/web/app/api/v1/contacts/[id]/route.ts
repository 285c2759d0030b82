// GET/PATCH/DELETE /api/v1/contacts/{id} – one contact (404 when not visible to the caller)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, PATCH, DELETE } = restHandlers("/contacts/{id}", "GET", "PATCH", "DELETE");
