"use server";
import { pipelineOperations as op } from "@crm/core/modules/deals/pipeline-operations";
import type {
  AddStageInput,
  CreatePipelineInput,
  DeletePipelineInput,
  DeleteStageInput,
  UpdatePipelineInput,
  UpdateStageInput,
} from "@crm/core/modules/deals/pipeline-schemas";
import type { ActionResult } from "@/lib/actions";
import { runOrgOperation } from "@/lib/operation-action";

// The settings screens run the same operations as /api/v1/pipelines (permission `pipelines:manage`).

/** The screens reload what changed: the answer is only whether it worked. */
const done = <T>(result: ActionResult<T>): ActionResult =>
  result.ok ? { ok: true, data: undefined } : result;

export async function createPipelineAction(slug: string, input: CreatePipelineInput) {
  return done(await runOrgOperation(slug, op.create, input));
}

export async function updatePipelineAction(slug: string, id: string, patch: UpdatePipelineInput) {
  return done(await runOrgOperation(slug, op.update, { id, patch }));
}

export async function deletePipelineAction(slug: string, id: string, input: DeletePipelineInput) {
  return runOrgOperation(slug, op.delete, { id, ...input });
}

export async function addStageAction(slug: string, pipelineId: string, stage: AddStageInput) {
  return done(await runOrgOperation(slug, op.addStage, { id: pipelineId, stage }));
}

export async function updateStageAction(
  slug: string,
  pipelineId: string,
  stageId: string,
  patch: UpdateStageInput,
) {
  return done(await runOrgOperation(slug, op.updateStage, { id: pipelineId, stageId, patch }));
}

export async function reorderStagesAction(slug: string, pipelineId: string, stageIds: string[]) {
  return done(await runOrgOperation(slug, op.reorderStages, { id: pipelineId, stageIds }));
}

export async function deleteStageAction(
  slug: string,
  pipelineId: string,
  stageId: string,
  input: DeleteStageInput,
) {
  return runOrgOperation(slug, op.deleteStage, { id: pipelineId, stageId, ...input });
}
