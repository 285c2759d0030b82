// GET /api/v1/views?object=contacts – the caller's and the org's shared saved views; POST – save a view
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, POST } = restHandlers("/views", "GET", "POST");
