// POST /api/v1/exchange-rates/import-ecb – import the ECB's daily reference rates (admins)
import { importEcbRates } from "@crm/core/modules/exchange-rates/import-ecb-rates";
import { z } from "zod";
import { readJson } from "@/lib/api/record-routes";
import { withApi } from "@/lib/api/with-api";

// The source URL is fixed for API callers (no fetching of arbitrary addresses): only the timeout.
const bodySchema = z.object({ timeoutMs: z.number().int().optional() }).strict();

export const POST = withApi(async (request, { ctx }) => {
  const body = await readJson(request, { empty: {} });
  return Response.json({ data: await importEcbRates(ctx, bodySchema.parse(body)) });
});
