// GET /api/v1/pipelines – the org's pipelines with their stages; POST – create a pipeline (admins, managers)
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, POST } = restHandlers("/pipelines", "GET", "POST");
