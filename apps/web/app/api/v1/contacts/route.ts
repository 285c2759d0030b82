// GET /api/v1/contacts – list contacts visible to the caller; POST – create a contact
import { createContact } from "@crm/core/modules/contacts/create-contact";
import { listContacts } from "@crm/core/modules/contacts/list-contacts";
import { createRoute, listRoute } from "@/lib/api/record-routes";

export const GET = listRoute(listContacts);
export const POST = createRoute(createContact);
