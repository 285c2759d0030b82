// POST /api/v1/reports/run – runs a report definition (count / sum / average grouped by fields and date buckets) over the records the caller may see
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/reports/run", "POST");
