// POST /api/v1/tasks/bulk – tag, change or trash up to 200 tasks in one transaction, answered per id
import { restHandlers } from "@/lib/api/rest-handlers";

export const { POST } = restHandlers("/tasks/bulk", "POST");
