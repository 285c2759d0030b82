// GET/POST /api/v1/webhooks – list the org's webhook subscriptions, or subscribe a URL (admins)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, POST } = restHandlers("/webhooks", "GET", "POST");
