// PATCH/DELETE /api/v1/custom-fields/{id} – change a field definition, or delete it with its values (admins)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { PATCH, DELETE } = restHandlers("/custom-fields/{id}", "PATCH", "DELETE");
