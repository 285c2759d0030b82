import { z } from "zod";
import { defineOperation } from "../../platform/operations/define-operation";
import { idInput, recordOutput } from "../records/operation-schemas";
import { defineRecordOperations } from "../records/record-operations";
import { createDeal } from "./create-deal";
import { deleteDeal } from "./delete-deal";
import { getDealOrThrow } from "./get-deal";
import { listDeals } from "./list-deals";
import { dealListSpec } from "./list-spec";
import { markDealLost } from "./mark-deal-lost";
import { markDealWon } from "./mark-deal-won";
import { moveDealStage } from "./move-deal-stage";
import { createDealSchema, markDealLostSchema, moveDealStageSchema, updateDealSchema } from "./schemas";
import { deals } from "./tables";
import { updateDeal } from "./update-deal";

/** A deal as the API answers it: the row, its weighted value and (one deal) its additional contacts. */
const dealOutput = recordOutput(deals).extend({
  weightedValue: z.number().int().describe("value × probability / 100, rounded, in minor units"),
  contactIds: z
    .array(z.uuid())
    .optional()
    .describe("Contacts on the deal besides the primary one (in answers about one deal, not in lists)"),
});

export const dealOperations = {
  ...defineRecordOperations({
    object: "deals",
    noun: "deal",
    spec: dealListSpec,
    row: dealOutput,
    list: listDeals,
    get: getDealOrThrow,
    create: { schema: createDealSchema, run: createDeal },
    update: { schema: updateDealSchema, run: updateDeal },
    remove: deleteDeal,
    timeline: "dealId",
  }),
  moveStage: defineOperation({
    name: "deals.moveStage",
    description:
      "Move a deal to a stage (of its pipeline or another): the stage's probability and outcome, a timeline entry",
    permission: "records:write",
    writes: true,
    input: idInput.extend(moveDealStageSchema.shape),
    output: dealOutput,
    handler: (ctx, { id, ...input }) => moveDealStage(ctx, id, input),
  }),
  markWon: defineOperation({
    name: "deals.markWon",
    description: "Move a deal to its pipeline's won stage",
    permission: "records:write",
    writes: true,
    input: idInput,
    output: dealOutput,
    handler: (ctx, { id }) => markDealWon(ctx, id),
  }),
  markLost: defineOperation({
    name: "deals.markLost",
    description: "Move a deal to its pipeline's lost stage, with an optional reason",
    permission: "records:write",
    writes: true,
    input: idInput.extend(markDealLostSchema.shape),
    output: dealOutput,
    handler: (ctx, { id, ...input }) => markDealLost(ctx, id, input),
  }),
};
