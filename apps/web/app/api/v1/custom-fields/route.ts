// GET /api/v1/custom-fields – the org's field definitions (?object=contacts); POST – define a field (admins)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, POST } = restHandlers("/custom-fields", "GET", "POST");
