import { z } from "zod";
import { text } from "../../platform/validation";
import { STAGE_KINDS } from "../records/enums";

// Pipelines and their stages. No database imports: the settings forms reuse these.

export const probabilitySchema = z.number().int().min(0).max(100);

const stageFields = {
  name: text().trim().min(1).max(100),
  probability: probabilitySchema,
  kind: z.enum(STAGE_KINDS),
};

export const stageInputSchema = z
  .object(stageFields)
  .partial()
  .required({ name: true })
  .transform((s) => ({
    name: s.name,
    kind: s.kind ?? "open",
    probability: s.probability ?? (s.kind === "won" ? 100 : s.kind === "lost" ? 0 : 10),
  }));

export const createPipelineSchema = z.object({
  name: text().trim().min(1).max(100),
  isDefault: z.boolean().optional(),
  /** Without stages the pipeline gets the default ones (Lead in … Won, Lost). */
  stages: z
    .array(stageInputSchema)
    .min(1)
    .max(30)
    .refine((stages) => stages.some((s) => s.kind === "open"), {
      message: "A pipeline needs at least one open stage",
    })
    .optional(),
});
export type CreatePipelineInput = z.input<typeof createPipelineSchema>;
export type CreatePipelineData = z.output<typeof createPipelineSchema>;

export const updatePipelineSchema = z.object({
  name: text().trim().min(1).max(100).optional(),
  /** A pipeline stops being the default only when another one becomes it. */
  isDefault: z.literal(true).optional(),
});
export type UpdatePipelineInput = z.input<typeof updatePipelineSchema>;
export type UpdatePipelineData = z.output<typeof updatePipelineSchema>;

export const addStageSchema = z.object({
  ...stageFields,
  probability: probabilitySchema.optional(),
  kind: z.enum(STAGE_KINDS).optional(),
  /** 0-based index among the pipeline's stages; by default open stages go before the won/lost ones. */
  position: z.number().int().min(0).optional(),
});
export type AddStageInput = z.input<typeof addStageSchema>;
export type AddStageData = z.output<typeof addStageSchema>;

export const updateStageSchema = z.object(stageFields).partial();
export type UpdateStageInput = z.input<typeof updateStageSchema>;
export type UpdateStageData = z.output<typeof updateStageSchema>;

export const reorderStagesSchema = z.object({
  stageIds: z.array(z.uuid()).min(1).max(30),
});
export type ReorderStagesInput = z.input<typeof reorderStagesSchema>;
export type ReorderStagesData = z.output<typeof reorderStagesSchema>;

export const deleteStageSchema = z.object({
  moveDealsToStageId: z.uuid().optional(),
});
export type DeleteStageInput = z.input<typeof deleteStageSchema>;
export type DeleteStageData = z.output<typeof deleteStageSchema>;

export const deletePipelineSchema = z.object({
  /** A stage of another pipeline that the pipeline's deals move to (needed when it has deals). */
  moveDealsToStageId: z.uuid().optional(),
});
export type DeletePipelineInput = z.input<typeof deletePipelineSchema>;
export type DeletePipelineData = z.output<typeof deletePipelineSchema>;
