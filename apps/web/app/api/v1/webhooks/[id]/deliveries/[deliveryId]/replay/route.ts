// POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/replay – send a delivery's message again (admins)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/webhooks/{id}/deliveries/{deliveryId}/replay", "POST");
