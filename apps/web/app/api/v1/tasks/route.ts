// GET /api/v1/tasks – list tasks visible to the caller; POST – create a task
import { createTask } from "@crm/core/modules/tasks/create-task";
import { listTasks } from "@crm/core/modules/tasks/list-tasks";
import { createRoute, listRoute } from "@/lib/api/record-routes";

export const GET = listRoute(listTasks);
export const POST = createRoute(createTask);
