// POST /api/v1/reports/funnel – the pipeline funnel: deals per stage, how many reached each open stage and went on, the win rate
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/reports/funnel", "POST");
