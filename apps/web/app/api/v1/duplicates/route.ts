// GET /api/v1/duplicates?object=contacts|companies – likely duplicate pairs the caller may see, with score and reasons
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET } = restHandlers("/duplicates", "GET");
