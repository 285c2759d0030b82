// PATCH/DELETE /api/v1/views/{id} – change or delete an own saved view (admins may delete shared ones)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { PATCH, DELETE } = restHandlers("/views/{id}", "PATCH", "DELETE");
