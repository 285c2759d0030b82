// GET /api/v1/custom-fields – the org's field definitions (?object=contacts); POST – define a field (admins)
import { createCustomField } from "@crm/core/modules/custom-fields/create-custom-field";
import { listCustomFields } from "@crm/core/modules/custom-fields/list-custom-fields";
import { createRoute } from "@/lib/api/record-routes";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi(async (request, { ctx }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json({ data: await listCustomFields(ctx, query) });
});
export const POST = createRoute(createCustomField);
