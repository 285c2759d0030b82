// PATCH/DELETE /api/v1/custom-fields/{id} – change a field definition, or delete it with its values (admins)
import { deleteCustomField } from "@crm/core/modules/custom-fields/delete-custom-field";
import { updateCustomField } from "@crm/core/modules/custom-fields/update-custom-field";
import { deleteRoute, patchRoute } from "@/lib/api/record-routes";

export const PATCH = patchRoute(updateCustomField);
export const DELETE = deleteRoute(async (ctx, id) => {
  await deleteCustomField(ctx, id);
});
