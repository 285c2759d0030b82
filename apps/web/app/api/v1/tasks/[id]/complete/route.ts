// POST /api/v1/tasks/{id}/complete – mark a task done
import { completeTask } from "@crm/core/modules/tasks/complete-task";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi<{ id: string }>(async (_request, { ctx, params }) =>
  Response.json({ data: await completeTask(ctx, params.id) }),
);
