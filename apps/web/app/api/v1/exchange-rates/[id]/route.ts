// GET/PATCH/DELETE /api/v1/exchange-rates/{id} – one rate (everyone reads; admins change and delete)
import { deleteExchangeRate } from "@crm/core/modules/exchange-rates/delete-exchange-rate";
import { getExchangeRateOrThrow } from "@crm/core/modules/exchange-rates/get-exchange-rate";
import { updateExchangeRate } from "@crm/core/modules/exchange-rates/update-exchange-rate";
import { deleteRoute, getRoute, patchRoute } from "@/lib/api/record-routes";

export const GET = getRoute(getExchangeRateOrThrow);
export const PATCH = patchRoute(updateExchangeRate);
export const DELETE = deleteRoute(deleteExchangeRate);
