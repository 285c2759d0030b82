// POST /api/v1/exchange-rates/import-ecb – import the ECB's daily reference rates (admins; body optional: {"timeoutMs"})
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/exchange-rates/import-ecb", "POST");
