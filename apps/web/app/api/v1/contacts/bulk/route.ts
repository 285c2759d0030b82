// POST /api/v1/contacts/bulk – tag, change or trash up to 200 contacts in one transaction, answered per id
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/contacts/bulk", "POST");
