// POST /api/v1/leads/{id}/convert – turn a lead into a contact, company and optional deal (empty body: defaults)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/leads/{id}/convert", "POST");
