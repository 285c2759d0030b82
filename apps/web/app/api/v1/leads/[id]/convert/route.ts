// POST /api/v1/leads/{id}/convert – turn a lead into a contact, company and optional deal (empty body: defaults)
import { convertLead } from "@crm/core/modules/leads/convert-lead";
import { readJson } from "@/lib/api/record-routes";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi<{ id: string }>(async (request, { ctx, params }) => {
  const hasBody = (await request.clone().text()).trim() !== "";
  const input = hasBody ? await readJson(request) : {};
  return Response.json({ data: await convertLead(ctx, params.id, input as never) });
});
