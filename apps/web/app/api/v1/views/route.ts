// GET /api/v1/views?object=contacts – the caller's and the org's shared saved views; POST – save a view
import { createView } from "@crm/core/modules/views/create-view";
import { listViews } from "@crm/core/modules/views/list-views";
import { createRoute } from "@/lib/api/record-routes";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi(async (request, { ctx }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json({ data: await listViews(ctx, query as never) });
});
export const POST = createRoute(createView);
