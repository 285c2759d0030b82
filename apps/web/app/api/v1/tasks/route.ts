// GET /api/v1/tasks – list tasks visible to the caller; POST – create a task
import { restHandlers } from "@/lib/api/rest-handlers";

export const { GET, POST } = restHandlers("/tasks", "GET", "POST");
