import { describe, expect, it } from "vitest";
import { addToTotals, type BoardColumn, moveDeal, orderTotals } from "./board-state";

const deal = (id: string, currency: string, value: number, probability: number) =>
  ({
    id,
    stageId: "s1",
    title: id,
    value,
    currency,
    probability,
    weightedValue: Math.round((value * probability) / 100),
  }) as BoardColumn["deals"][number];

const column = (id: string, probability: number, deals: BoardColumn["deals"]) =>
  ({
    id,
    probability,
    count: deals.length,
    totals: deals.reduce((totals, d) => addToTotals(totals, d, 1), [] as BoardColumn["totals"]),
    deals,
  }) as unknown as BoardColumn;

describe("moveDeal", () => {
  it("moves a deal's value between the totals of its own currency only", () => {
    const from = column("s1", 10, [deal("e", "EUR", 1_000, 10), deal("u", "USD", 500, 10)]);
    const to = column("s2", 50, [deal("u2", "USD", 200, 50)]);
    const [a, b] = moveDeal([from, to], "e", "s2", "top");
    expect(a?.count).toBe(1);
    expect(a?.totals).toEqual([{ currency: "USD", count: 1, value: 500, weightedValue: 50 }]);
    expect(b?.count).toBe(2);
    expect(b?.totals).toEqual([
      { currency: "USD", count: 1, value: 200, weightedValue: 100 },
      { currency: "EUR", count: 1, value: 1_000, weightedValue: 500 },
    ]);
    expect(b?.deals.map((d) => d.id)).toEqual(["e", "u2"]);
  });
});

describe("orderTotals", () => {
  it("puts the org's currency first, then the others alphabetically", () => {
    const totals = ["USD", "AUD", "EUR"].map((currency) => ({
      currency,
      count: 1,
      value: 1,
      weightedValue: 1,
    }));
    expect(orderTotals(totals, "EUR").map((t) => t.currency)).toEqual(["EUR", "AUD", "USD"]);
  });
});
