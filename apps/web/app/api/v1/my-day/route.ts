// GET /api/v1/my-day – the caller's due tasks, deals closing this month and recent activity on their records
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/my-day", "GET");
