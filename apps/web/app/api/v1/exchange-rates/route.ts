// GET /api/v1/exchange-rates – the org's exchange rates (everyone); POST – add a rate (admins)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, POST } = restHandlers("/exchange-rates", "GET", "POST");
