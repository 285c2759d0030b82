// GET /api/v1/my-day – the caller's due tasks, deals closing this month and recent activity on their records
import { listMyDay } from "@crm/core/modules/tasks/list-my-day";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi(async (_request, { ctx }) => Response.json({ data: await listMyDay(ctx) }));
