// GET/PATCH/DELETE /api/v1/webhooks/{id} – one webhook subscription (admins)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, PATCH, DELETE } = restHandlers("/webhooks/{id}", "GET", "PATCH", "DELETE");
