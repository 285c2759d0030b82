// GET /api/v1/dashboard – the caller's home summary: task counts, open and won deals, default pipeline totals, new contacts
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/dashboard", "GET");
