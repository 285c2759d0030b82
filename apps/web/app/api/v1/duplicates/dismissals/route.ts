// POST /api/v1/duplicates/dismissals – remember that two records are not duplicates: {"object","recordIds":[a,b]}
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/duplicates/dismissals", "POST");
