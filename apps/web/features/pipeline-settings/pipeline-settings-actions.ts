"use server";
import { addStage } from "@crm/core/modules/deals/add-stage";
import { createPipeline } from "@crm/core/modules/deals/create-pipeline";
import { deletePipeline } from "@crm/core/modules/deals/delete-pipeline";
import { deleteStage } from "@crm/core/modules/deals/delete-stage";
import type {
  AddStageInput,
  CreatePipelineInput,
  DeletePipelineInput,
  DeleteStageInput,
  UpdatePipelineInput,
  UpdateStageInput,
} from "@crm/core/modules/deals/pipeline-schemas";
import { reorderStages } from "@crm/core/modules/deals/reorder-stages";
import { updatePipeline } from "@crm/core/modules/deals/update-pipeline";
import { updateStage } from "@crm/core/modules/deals/update-stage";
import { runOrgAction } from "@/lib/actions";

// Thin adapters: the core services check `pipelines:manage` and validate with the same schemas.

export async function createPipelineAction(slug: string, input: CreatePipelineInput) {
  return runOrgAction(slug, async (ctx) => {
    await createPipeline(ctx, input);
  });
}

export async function updatePipelineAction(slug: string, id: string, input: UpdatePipelineInput) {
  return runOrgAction(slug, async (ctx) => {
    await updatePipeline(ctx, id, input);
  });
}

export async function deletePipelineAction(slug: string, id: string, input: DeletePipelineInput) {
  return runOrgAction(slug, (ctx) => deletePipeline(ctx, id, input));
}

export async function addStageAction(slug: string, pipelineId: string, input: AddStageInput) {
  return runOrgAction(slug, async (ctx) => {
    await addStage(ctx, pipelineId, input);
  });
}

export async function updateStageAction(
  slug: string,
  pipelineId: string,
  stageId: string,
  input: UpdateStageInput,
) {
  return runOrgAction(slug, async (ctx) => {
    await updateStage(ctx, pipelineId, stageId, input);
  });
}

export async function reorderStagesAction(slug: string, pipelineId: string, stageIds: string[]) {
  return runOrgAction(slug, async (ctx) => {
    await reorderStages(ctx, pipelineId, { stageIds });
  });
}

export async function deleteStageAction(
  slug: string,
  pipelineId: string,
  stageId: string,
  input: DeleteStageInput,
) {
  return runOrgAction(slug, (ctx) => deleteStage(ctx, pipelineId, stageId, input));
}
