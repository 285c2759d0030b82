import { describe, expect, it } from "vitest";
import { stageTransition } from "./stage-transition";
import { weightedValue } from "./weighted-value";

const open = { outcome: null, actualCloseDate: null, lostReason: null };
const stage = (kind: "open" | "won" | "lost", probability: number) => ({
  id: `s-${kind}`,
  pipelineId: "p",
  kind,
  probability,
});

describe("stageTransition", () => {
  it("takes the stage probability and leaves an open deal open", () => {
    const patch = stageTransition(open, stage("open", 25), "2030-01-02");
    expect(patch).toMatchObject({ stageId: "s-open", pipelineId: "p", probability: 25 });
    expect(patch).not.toHaveProperty("outcome");
  });

  it("closes a deal in a won or lost stage, keeping a close date already set", () => {
    expect(stageTransition(open, stage("won", 100), "2030-01-02")).toMatchObject({
      outcome: "won",
      actualCloseDate: "2030-01-02",
      lostReason: null,
    });
    const dated = { ...open, actualCloseDate: "2029-12-31", lostReason: "price" };
    expect(stageTransition(dated, stage("lost", 0), "2030-01-02")).toMatchObject({
      outcome: "lost",
      actualCloseDate: "2029-12-31",
      lostReason: "price",
    });
  });

  it("reopens a closed deal when it moves back to an open stage", () => {
    const lost = { outcome: "lost" as const, actualCloseDate: "2030-01-01", lostReason: "price" };
    expect(stageTransition(lost, stage("open", 50), "2030-01-02")).toMatchObject({
      outcome: null,
      actualCloseDate: null,
      lostReason: null,
      probability: 50,
    });
  });
});

describe("weightedValue", () => {
  it("rounds half up in minor units and stays exact for large values", () => {
    expect(weightedValue(10_000, 25)).toBe(2_500);
    expect(weightedValue(1, 50)).toBe(1);
    expect(weightedValue(1, 49)).toBe(0);
    expect(weightedValue(0, 100)).toBe(0);
    expect(weightedValue(9_007_199_254_740_991, 100)).toBe(9_007_199_254_740_991);
  });
});
