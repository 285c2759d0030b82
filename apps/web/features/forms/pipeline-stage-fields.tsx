"use client";
import type { StageKind } from "@crm/core/modules/records/enums";
import type { ReactNode } from "react";
import { type Control, type FieldValues, type Path, useController } from "react-hook-form";
import { SelectInput, textOf, useFieldIds } from "./form-fields";

/** A pipeline with its stages, as far as choosing a stage needs it. */
export type PipelineStages = {
  id: string;
  name: string;
  stages: readonly { id: string; name: string; kind: StageKind }[];
};

/** The first open stage of a pipeline, where a new deal starts ("" when it has none). */
export function firstOpenStage(pipelines: readonly PipelineStages[], pipelineId: string): string {
  return pipelines.find((p) => p.id === pipelineId)?.stages.find((s) => s.kind === "open")?.id ?? "";
}

type Props<T extends FieldValues> = {
  control: Control<T>;
  pipelineName: Path<T>;
  stageName: Path<T>;
  pipelines: readonly PipelineStages[];
  labels: { pipeline: ReactNode; stage: ReactNode };
  /** Offer the open stages only (a deal made from a lead starts open). */
  openOnly?: boolean;
  ids?: { pipeline: string; stage: string };
};

/** A pipeline and a stage of it; choosing another pipeline moves the stage to its first open one. */
export function PipelineStageFields<T extends FieldValues>({
  control,
  pipelineName,
  stageName,
  pipelines,
  labels,
  openOnly,
  ids,
}: Props<T>) {
  const pipeline = useController({ control, name: pipelineName });
  const stage = useController({ control, name: stageName });
  const pipelineIds = useFieldIds(ids?.pipeline, pipeline.fieldState);
  const stageIds = useFieldIds(ids?.stage, stage.fieldState);
  const pipelineId = textOf(pipeline.field.value);
  const stages = pipelines.find((p) => p.id === pipelineId)?.stages ?? [];
  return (
    <>
      <SelectInput
        id={pipelineIds.id}
        label={labels.pipeline}
        error={pipelineIds.error}
        value={pipelineId}
        onChange={(next) => {
          pipeline.field.onChange(next);
          stage.field.onChange(firstOpenStage(pipelines, next));
        }}
        onBlur={pipeline.field.onBlur}
        triggerRef={pipeline.field.ref}
        options={pipelines.map((p) => ({ value: p.id, label: p.name }))}
      />
      <SelectInput
        id={stageIds.id}
        label={labels.stage}
        error={stageIds.error}
        value={textOf(stage.field.value)}
        onChange={stage.field.onChange}
        onBlur={stage.field.onBlur}
        triggerRef={stage.field.ref}
        options={stages
          .filter((s) => !openOnly || s.kind === "open")
          .map((s) => ({ value: s.id, label: s.name }))}
      />
    </>
  );
}
