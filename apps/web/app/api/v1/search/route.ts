// GET /api/v1/search?q=…&types=contacts,companies&limit=5 – records the caller can see that match q, grouped by type, best first
import { searchInputSchema } from "@crm/core/modules/search/schemas";
import { search } from "@crm/core/modules/search/search";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi(async (request, { ctx }) => {
  const input = searchInputSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json({ data: await search(ctx, input) });
});
