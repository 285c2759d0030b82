// POST /api/v1/tasks/{id}/complete – mark a task done
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/tasks/{id}/complete", "POST");
