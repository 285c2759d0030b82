import { z } from "zod";
import { defineOperation } from "../../platform/operations/define-operation";
import { idInput, recordOutput } from "../records/operation-schemas";
import { addStage } from "./add-stage";
import { createPipeline } from "./create-pipeline";
import { deletePipeline } from "./delete-pipeline";
import { deleteStage } from "./delete-stage";
import { getPipelineBoard } from "./get-board";
import { getPipeline } from "./get-pipeline";
import { listPipelines } from "./list-pipelines";
import {
  addStageSchema,
  createPipelineSchema,
  deletePipelineSchema,
  deleteStageSchema,
  reorderStagesSchema,
  updatePipelineSchema,
  updateStageSchema,
} from "./pipeline-schemas";
import { reorderStages } from "./reorder-stages";
import { boardFiltersSchema } from "./schemas";
import { deals, pipelines, stages } from "./tables";
import { updatePipeline } from "./update-pipeline";
import { updateStage } from "./update-stage";

// Pipelines and their stages (settings, admins and managers) and the board (everyone who reads deals).

const stageOutput = recordOutput(stages);
const pipelineOutput = recordOutput(pipelines).extend({ stages: z.array(stageOutput) });
const stageRef = idInput.extend({ stageId: z.uuid() });

/** An empty query parameter (`?ownerId=`) means no filter, as in the list routes. */
const blankAsAbsent = <T extends z.ZodType>(schema: T, description: string) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema).describe(description);
const board = boardFiltersSchema.shape;

const amount = { currency: z.string(), value: z.number().int(), weightedValue: z.number().int() };
const boardCard = recordOutput(deals)
  .pick({
    id: true,
    stageId: true,
    title: true,
    value: true,
    currency: true,
    probability: true,
    expectedCloseDate: true,
    outcome: true,
    ownerId: true,
    companyId: true,
    primaryContactId: true,
    tags: true,
    updatedAt: true,
  })
  .extend({
    ownerName: z.string().nullable(),
    companyName: z.string().nullable(),
    primaryContactName: z.string().nullable(),
    weightedValue: z.number().int(),
  });
const boardOutput = z.object({
  pipeline: recordOutput(pipelines),
  currency: z.string().describe("The org's currency, which `converted` sums are in"),
  rates: z.record(z.string(), z.number()).describe("Today's rates to the org's currency, by currency"),
  stages: z.array(
    stageOutput.extend({
      count: z.number().int(),
      totals: z.array(z.object({ ...amount, count: z.number().int() })).describe("Per currency"),
      converted: z
        .object({ ...amount, unconverted: z.array(z.object(amount)) })
        .describe("Summed up in the org's currency; currencies without a rate listed apart, not added in"),
      deals: z.array(boardCard).describe("The most recently updated deals of the stage"),
    }),
  ),
});

export const pipelineOperations = {
  list: defineOperation({
    name: "pipelines.list",
    description: "List the org's pipelines in order, each with its stages in order",
    permission: "records:read",
    writes: false,
    input: z.object({}),
    output: z.object({ data: z.array(pipelineOutput), nextCursor: z.null() }),
    handler: async (ctx) => ({ data: await listPipelines(ctx), nextCursor: null }),
  }),
  get: defineOperation({
    name: "pipelines.get",
    description: "Get one pipeline with its stages in order",
    permission: "records:read",
    writes: false,
    input: idInput,
    output: pipelineOutput,
    handler: (ctx, input) => getPipeline(ctx, input.id),
  }),
  create: defineOperation({
    name: "pipelines.create",
    description: "Create a pipeline, with the default stages unless stages are given",
    permission: "pipelines:manage",
    writes: true,
    input: createPipelineSchema,
    output: pipelineOutput,
    handler: (ctx, input) => createPipeline(ctx, input),
  }),
  update: defineOperation({
    name: "pipelines.update",
    description: "Rename a pipeline or make it the org's default",
    permission: "pipelines:manage",
    writes: true,
    input: idInput.extend({ patch: updatePipelineSchema }),
    fieldsIn: "patch",
    output: recordOutput(pipelines),
    handler: (ctx, input) => updatePipeline(ctx, input.id, input.patch),
  }),
  delete: defineOperation({
    name: "pipelines.delete",
    description:
      "Delete a pipeline; its deals move to `moveDealsToStageId`, a stage of another pipeline (409 when it has deals and none is named)",
    permission: "pipelines:manage",
    writes: true,
    input: idInput.extend(deletePipelineSchema.shape),
    output: z.object({ movedDeals: z.number().int() }),
    handler: (ctx, { id, ...input }) => deletePipeline(ctx, id, input),
  }),
  board: defineOperation({
    name: "pipelines.board",
    description:
      "The pipeline's board: per stage the count, the total and weighted value per currency and summed up in the org's currency at today's rates, and the first deals",
    permission: "records:read",
    writes: false,
    input: idInput.extend({
      ownerId: blankAsAbsent(board.ownerId, "Only deals of this owner"),
      closeFrom: blankAsAbsent(board.closeFrom, "Expected close on or after (YYYY-MM-DD)"),
      closeTo: blankAsAbsent(board.closeTo, "Expected close on or before (YYYY-MM-DD)"),
      minValue: blankAsAbsent(board.minValue, "Value at least (minor units)"),
      maxValue: blankAsAbsent(board.maxValue, "Value at most (minor units)"),
      cards: blankAsAbsent(board.cards, "Deals per stage, 1–100 (default 20)"),
    }),
    output: boardOutput,
    handler: (ctx, { id, ...filters }) => getPipelineBoard(ctx, id, filters),
  }),
  addStage: defineOperation({
    name: "pipelines.addStage",
    description: "Add a stage to a pipeline (by default an open stage goes before the won and lost ones)",
    permission: "pipelines:manage",
    writes: true,
    input: idInput.extend({ stage: addStageSchema }),
    fieldsIn: "stage",
    output: stageOutput,
    handler: (ctx, input) => addStage(ctx, input.id, input.stage),
  }),
  reorderStages: defineOperation({
    name: "pipelines.reorderStages",
    description: "Put a pipeline's stages in order; `stageIds` names each of its stages exactly once",
    permission: "pipelines:manage",
    writes: true,
    input: idInput.extend(reorderStagesSchema.shape),
    output: z.array(stageOutput),
    handler: (ctx, { id, ...input }) => reorderStages(ctx, id, input),
  }),
  updateStage: defineOperation({
    name: "pipelines.updateStage",
    description: "Rename a stage, change its default probability or its kind",
    permission: "pipelines:manage",
    writes: true,
    input: stageRef.extend({ patch: updateStageSchema }),
    fieldsIn: "patch",
    output: stageOutput,
    handler: (ctx, input) => updateStage(ctx, input.id, input.stageId, input.patch),
  }),
  deleteStage: defineOperation({
    name: "pipelines.deleteStage",
    description:
      "Delete a stage; its deals move to `moveDealsToStageId`, another stage of the same pipeline (needed when it has deals)",
    permission: "pipelines:manage",
    writes: true,
    input: stageRef.extend(deleteStageSchema.shape),
    output: z.object({ movedDeals: z.number().int() }),
    handler: (ctx, { id, stageId, ...input }) => deleteStage(ctx, id, stageId, input),
  }),
};
