import { defineOperation } from "../../platform/operations/define-operation";
import { funnelInputSchema, funnelSchema } from "./funnel-schemas";
import { getFunnel } from "./get-funnel";
import { runReport } from "./run-report";
import { reportDefinitionSchema, reportOutputSchema } from "./schemas";

export const reportOperations = {
  run: defineOperation({
    name: "reports.run",
    description:
      "Runs a report definition: counts, sums or averages a record type's field, grouped by fields and date buckets (createdAt:month, in the org's time zone), over the list filters; only records the caller may see; money in minor units of the org currency",
    permission: "records:read",
    writes: false,
    input: reportDefinitionSchema,
    output: reportOutputSchema,
    handler: (ctx, definition) => runReport(ctx, definition),
  }),
  funnel: defineOperation({
    name: "reports.funnel",
    description:
      "The pipeline funnel: per stage the deals now in it (count, value in the org currency) and, for open stages, how many reached it and the share that went on to the next stage; the win rate; the list's filters; only deals the caller may see",
    permission: "records:read",
    writes: false,
    input: funnelInputSchema,
    output: funnelSchema,
    handler: (ctx, input) => getFunnel(ctx, input),
  }),
};
