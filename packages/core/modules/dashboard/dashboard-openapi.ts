import { z } from "zod";
import { DASHBOARD_COUNT_CAP, dashboardSummarySchema } from "./schemas";

const problem = {
  description: "problem+json",
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
};

/** GET /dashboard in the OpenAPI document, its response schema taken from the zod schema. */
export const dashboardPathDocs = {
  "/dashboard": {
    get: {
      tags: ["Dashboard"],
      summary: `The caller's home summary: open tasks due today and overdue, own open deals and deals won this month per currency, the default pipeline's stage totals, contacts created in the last 7 days. Counts stop at ${DASHBOARD_COUNT_CAP} (\`more\`: true). Needs a user (a key created by one).`,
      responses: {
        "200": {
          description: "OK",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: { data: z.toJSONSchema(dashboardSummarySchema, { unrepresentable: "any" }) },
              },
            },
          },
        },
        "401": problem,
        "403": problem,
        "429": problem,
      },
    },
  },
};
