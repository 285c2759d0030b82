// GET /api/v1/openapi.json – the OpenAPI 3.1 document, generated from the route table (public)
import { restHandlers } from "@/lib/api/rest-handlers";

export const dynamic = "force-static";

export const { GET } = restHandlers("/openapi.json", "GET");
