import type { DealOutcome, StageKind } from "../records/enums";

type DealState = { outcome: DealOutcome | null; actualCloseDate: string | null; lostReason: string | null };
type TargetStage = { id: string; pipelineId: string; kind: StageKind; probability: number };

/**
 * What changes on a deal that enters `stage`: the stage's default probability; a won/lost stage
 * closes the deal (outcome, actual close date `today` unless already set; only these use `today`);
 * an open stage reopens a closed deal (outcome, close date and lost reason cleared).
 */
export function stageTransition(deal: DealState, stage: TargetStage, today: string | null) {
  const base = {
    pipelineId: stage.pipelineId,
    stageId: stage.id,
    probability: stage.probability,
    stageChangedAt: new Date(),
  };
  if (stage.kind === "open") {
    return deal.outcome === null ? base : { ...base, outcome: null, actualCloseDate: null, lostReason: null };
  }
  return {
    ...base,
    outcome: stage.kind,
    actualCloseDate: deal.actualCloseDate ?? today,
    lostReason: stage.kind === "won" ? null : deal.lostReason,
  };
}
