// POST /api/v1/companies/merge – merge records into a survivor: {"survivorId","mergedIds":[…],"fields":{"field":recordId}}
import { mergeRecords } from "@crm/core/modules/duplicates/merge-records";
import { mergeRecordsSchema } from "@crm/core/modules/duplicates/schemas";
import { readJson } from "@/lib/api/record-routes";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi(async (request, { ctx }) => {
  const input = mergeRecordsSchema.parse(await readJson(request));
  return Response.json({ data: await mergeRecords(ctx, "companies", input) });
});
