// GET /api/v1/timeline?contactId=…|companyId=…|dealId=… – a record's history, newest first (&types=note,call, &cursor, &limit)
import { listTimeline } from "@crm/core/modules/activities/list-timeline";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi(async (request, { ctx }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json(await listTimeline(ctx, query, query));
});
