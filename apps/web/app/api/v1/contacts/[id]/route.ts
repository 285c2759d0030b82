// GET/PATCH/DELETE /api/v1/contacts/{id} – one contact (404 when not visible to the caller)
import { deleteContact } from "@crm/core/modules/contacts/delete-contact";
import { getContactOrThrow } from "@crm/core/modules/contacts/get-contact";
import { updateContact } from "@crm/core/modules/contacts/update-contact";
import { deleteRoute, getRoute, patchRoute } from "@/lib/api/record-routes";

export const GET = getRoute(getContactOrThrow, { timeline: "contactId" });
export const PATCH = patchRoute(updateContact);
export const DELETE = deleteRoute(deleteContact);
