// GET /api/v1/contacts – list contacts visible to the caller; POST – create a contact
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, POST } = restHandlers("/contacts", "GET", "POST");
