import { z } from "zod";
import { defineOperation } from "../../platform/operations/define-operation";
import { getDashboardSummary } from "./get-dashboard-summary";
import { DASHBOARD_COUNT_CAP, dashboardSummarySchema } from "./schemas";

export const dashboardOperations = {
  summary: defineOperation({
    name: "dashboard.summary",
    description: `The caller's home summary: open tasks due today and overdue, own open deals and deals won this month per currency, the default pipeline's stage totals, contacts created in the last 7 days. Counts stop at ${DASHBOARD_COUNT_CAP} (\`more\`: true). Needs a user (a key created by one)`,
    permission: "records:read",
    writes: false,
    input: z.object({}),
    output: dashboardSummarySchema,
    handler: (ctx) => getDashboardSummary(ctx),
  }),
};
