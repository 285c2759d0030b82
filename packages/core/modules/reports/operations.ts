import { defineOperation } from "../../platform/operations/define-operation";
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
};
