// GET /api/v1/dashboard – the caller's home summary: task counts, open and won deals, default pipeline totals, new contacts
import { getDashboardSummary } from "@crm/core/modules/dashboard/get-dashboard-summary";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi(async (_request, { ctx }) =>
  Response.json({ data: await getDashboardSummary(ctx) }),
);
