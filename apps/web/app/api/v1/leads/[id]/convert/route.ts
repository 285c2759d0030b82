// POST /api/v1/leads/{id}/convert – turn a lead into a contact, company and optional deal (empty body: defaults)
import { convertLead } from "@crm/core/modules/leads/convert-lead";
import { readJson } from "@/lib/api/record-routes";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi<{ id: string }>(async (request, { ctx, params }) => {
  const input = await readJson(request, { empty: {} });
  return Response.json({ data: await convertLead(ctx, params.id, input as never) });
});
