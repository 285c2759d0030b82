// GET/PATCH/DELETE /api/v1/exchange-rates/{id} – one rate (everyone reads; admins change and delete)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, PATCH, DELETE } = restHandlers("/exchange-rates/{id}", "GET", "PATCH", "DELETE");
