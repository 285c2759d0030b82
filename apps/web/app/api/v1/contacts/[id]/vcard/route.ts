// GET /api/v1/contacts/{id}/vcard – the contact as a vCard 3.0 file (404 when not visible)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/contacts/{id}/vcard", "GET");
