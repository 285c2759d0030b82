"use server";
import { dealOperations as op } from "@crm/core/modules/deals/operations";
import type { CreateDealInput, MarkDealLostInput, UpdateDealInput } from "@crm/core/modules/deals/schemas";
import { runOrgOperation } from "@/lib/operation-action";

export async function createDealAction(slug: string, input: CreateDealInput) {
  const result = await runOrgOperation(slug, op.create, input);
  return result.ok ? { ok: true as const, data: result.data.id } : result;
}

export async function updateDealAction(slug: string, id: string, patch: UpdateDealInput) {
  const result = await runOrgOperation(slug, op.update, { id, patch });
  return result.ok ? { ok: true as const, data: undefined } : result;
}

export async function deleteDealAction(slug: string, id: string) {
  const result = await runOrgOperation(slug, op.delete, { id });
  return result.ok ? { ok: true as const, data: undefined } : result;
}

/** Moves a deal to a stage (the board's drag and drop); answers its new probability and outcome. */
export async function moveDealStageAction(slug: string, id: string, stageId: string) {
  const result = await runOrgOperation(slug, op.moveStage, { id, stageId });
  if (!result.ok) return result;
  const { probability, outcome } = result.data;
  return { ok: true as const, data: { stageId: result.data.stageId, probability, outcome } };
}

export async function markDealWonAction(slug: string, id: string) {
  const result = await runOrgOperation(slug, op.markWon, { id });
  return result.ok ? { ok: true as const, data: undefined } : result;
}

export async function markDealLostAction(slug: string, id: string, input: MarkDealLostInput) {
  const result = await runOrgOperation(slug, op.markLost, { ...input, id });
  return result.ok ? { ok: true as const, data: undefined } : result;
}
