// GET /api/v1/webhooks/{id}/deliveries – a webhook's delivery log, newest first (admins)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/webhooks/{id}/deliveries", "GET");
