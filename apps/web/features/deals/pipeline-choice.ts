import type { StageKind } from "@crm/core/modules/records/enums";

/** A pipeline and its stages, as pickers and the board use them. */
export type PipelineChoice = {
  id: string;
  name: string;
  isDefault: boolean;
  stages: { id: string; name: string; kind: StageKind; probability: number }[];
};

export function toPipelineChoices(
  pipelines: {
    id: string;
    name: string;
    isDefault: boolean;
    stages: { id: string; name: string; kind: StageKind; probability: number }[];
  }[],
): PipelineChoice[] {
  return pipelines.map((p) => ({
    id: p.id,
    name: p.name,
    isDefault: p.isDefault,
    stages: p.stages.map((s) => ({ id: s.id, name: s.name, kind: s.kind, probability: s.probability })),
  }));
}
