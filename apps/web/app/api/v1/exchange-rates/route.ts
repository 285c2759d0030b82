// GET /api/v1/exchange-rates – the org's exchange rates (everyone); POST – add a rate (admins)
import { createExchangeRate } from "@crm/core/modules/exchange-rates/create-exchange-rate";
import { listExchangeRates } from "@crm/core/modules/exchange-rates/list-exchange-rates";
import { createRoute } from "@/lib/api/record-routes";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi(async (request, { ctx }) =>
  Response.json(await listExchangeRates(ctx, Object.fromEntries(new URL(request.url).searchParams))),
);
export const POST = createRoute(createExchangeRate);
