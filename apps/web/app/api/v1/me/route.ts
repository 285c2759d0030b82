// GET /api/v1/me – the caller: user, organization and role (session or API key)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/me", "GET");
