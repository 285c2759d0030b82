// POST /api/v1/companies/merge – merge records into a survivor: {"survivorId","mergedIds":[…],"fields":{"field":recordId}}
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/companies/merge", "POST");
