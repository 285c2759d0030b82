import { z } from "zod";
import { STAGE_KINDS } from "../records/enums";
import { reportDefinitionSchema, reportRowSchema } from "./schemas";

export const funnelInputSchema = z.object({
  pipelineId: z.uuid().optional().describe("The pipeline; default: the org's default pipeline"),
  filters: reportDefinitionSchema.shape.filters,
});
export type FunnelInput = z.output<typeof funnelInputSchema>;

export const funnelStageSchema = z.object({
  stageId: z.uuid(),
  name: z.string(),
  kind: z.enum(STAGE_KINDS),
  count: z.number().int().describe("Deals now in the stage"),
  value: z.number().describe("Their value in minor units of the org currency"),
  unconverted: reportRowSchema.shape.unconverted,
  reached: z
    .number()
    .int()
    .nullable()
    .describe("Open and won stages: deals now in this stage or further on (open stages after it, won)"),
  conversion: z
    .number()
    .nullable()
    .describe(
      "Open stages: the share of the deals that reached it that reached the next stage (won after the last)",
    ),
});

export const funnelSchema = z.object({
  pipelineId: z.uuid(),
  currency: z.string(),
  stages: z.array(funnelStageSchema),
  winRate: z.number().nullable().describe("Won among closed (won or lost) deals"),
});
export type Funnel = z.output<typeof funnelSchema>;
