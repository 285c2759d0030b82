"use server";
import { createDeal } from "@crm/core/modules/deals/create-deal";
import { deleteDeal } from "@crm/core/modules/deals/delete-deal";
import { markDealLost } from "@crm/core/modules/deals/mark-deal-lost";
import { markDealWon } from "@crm/core/modules/deals/mark-deal-won";
import { moveDealStage } from "@crm/core/modules/deals/move-deal-stage";
import type { CreateDealInput, MarkDealLostInput, UpdateDealInput } from "@crm/core/modules/deals/schemas";
import { updateDeal } from "@crm/core/modules/deals/update-deal";
import { z } from "zod";
import { runOrgAction } from "@/lib/actions";

const idSchema = z.uuid();

export async function createDealAction(slug: string, input: CreateDealInput) {
  return runOrgAction("deals.create", slug, async (ctx) => (await createDeal(ctx, input)).id);
}

export async function updateDealAction(slug: string, id: string, input: UpdateDealInput) {
  return runOrgAction("deals.update", slug, async (ctx) => {
    await updateDeal(ctx, idSchema.parse(id), input);
  });
}

export async function deleteDealAction(slug: string, id: string) {
  return runOrgAction("deals.delete", slug, async (ctx) => {
    await deleteDeal(ctx, idSchema.parse(id));
  });
}

/** Moves a deal to a stage (the board's drag and drop); answers its new probability and outcome. */
export async function moveDealStageAction(slug: string, id: string, stageId: string) {
  return runOrgAction("deals.moveStage", slug, async (ctx) => {
    const deal = await moveDealStage(ctx, idSchema.parse(id), { stageId });
    return { stageId: deal.stageId, probability: deal.probability, outcome: deal.outcome };
  });
}

export async function markDealWonAction(slug: string, id: string) {
  return runOrgAction("deals.markWon", slug, async (ctx) => {
    await markDealWon(ctx, idSchema.parse(id));
  });
}

export async function markDealLostAction(slug: string, id: string, input: MarkDealLostInput) {
  return runOrgAction("deals.markLost", slug, async (ctx) => {
    await markDealLost(ctx, idSchema.parse(id), input);
  });
}
