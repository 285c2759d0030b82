// GET /api/v1/duplicates?object=contacts|companies – likely duplicate pairs the caller may see, with score and reasons
import { listDuplicates } from "@crm/core/modules/duplicates/list-duplicates";
import { listDuplicatesSchema } from "@crm/core/modules/duplicates/schemas";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi(async (request, { ctx }) => {
  const query = listDuplicatesSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await listDuplicates(ctx, query));
});
