// GET /api/v1/timeline?contactId=…|companyId=…|dealId=… – a record's history, newest first (&types=note,call, &cursor, &limit)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/timeline", "GET");
