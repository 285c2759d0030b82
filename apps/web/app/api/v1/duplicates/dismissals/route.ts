// POST /api/v1/duplicates/dismissals – remember that two records are not duplicates: {"object","recordIds":[a,b]}
import { dismissDuplicate } from "@crm/core/modules/duplicates/dismiss-duplicate";
import { dismissDuplicateSchema } from "@crm/core/modules/duplicates/schemas";
import { readJson } from "@/lib/api/record-routes";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi(async (request, { ctx }) => {
  const input = dismissDuplicateSchema.parse(await readJson(request));
  await dismissDuplicate(ctx, input);
  return new Response(null, { status: 204 });
});
