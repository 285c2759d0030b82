import type { getPipelineBoard } from "@crm/core/modules/deals/get-board";

export type BoardData = Awaited<ReturnType<typeof getPipelineBoard>>;
export type BoardColumn = BoardData["stages"][number];
export type BoardDeal = BoardColumn["deals"][number];
export type CurrencyTotal = BoardColumn["totals"][number];

/** A deal's value weighted by a probability, rounded half up like the server. */
export const weighted = (value: number, probability: number): number =>
  Math.round((value * probability) / 100);

export function findColumnId(columns: BoardColumn[], id: string): string | undefined {
  if (columns.some((c) => c.id === id)) return id;
  return columns.find((c) => c.deals.some((d) => d.id === id))?.id;
}

/**
 * The deal moved to another column at an index (while dragging), or to the top of the target
 * column when it lands (`final`): counts, totals and the weighted value follow the move.
 */
export function moveDeal(
  columns: BoardColumn[],
  dealId: string,
  toColumnId: string,
  index: number | "top",
): BoardColumn[] {
  const fromColumn = columns.find((c) => c.deals.some((d) => d.id === dealId));
  const deal = fromColumn?.deals.find((d) => d.id === dealId);
  const target = columns.find((c) => c.id === toColumnId);
  if (!fromColumn || !deal || !target) return columns;
  const moved: BoardDeal = {
    ...deal,
    stageId: target.id,
    probability: target.probability,
    weightedValue: weighted(deal.value, target.probability),
  };
  return columns.map((column) => {
    if (column.id === fromColumn.id && column.id === target.id) {
      const rest = column.deals.filter((d) => d.id !== dealId);
      const at = index === "top" ? 0 : Math.min(index, rest.length);
      return { ...column, deals: [...rest.slice(0, at), moved, ...rest.slice(at)] };
    }
    if (column.id === fromColumn.id) {
      return {
        ...column,
        count: column.count - 1,
        totals: addToTotals(column.totals, deal, -1),
        deals: column.deals.filter((d) => d.id !== dealId),
      };
    }
    if (column.id === target.id) {
      const at = index === "top" ? 0 : Math.min(index, column.deals.length);
      return {
        ...column,
        count: column.count + 1,
        totals: addToTotals(column.totals, moved, 1),
        deals: [...column.deals.slice(0, at), moved, ...column.deals.slice(at)],
      };
    }
    return column;
  });
}

/** A column's per-currency totals with a deal added (`sign` 1) or taken away (-1); empty currencies go. */
export function addToTotals(
  totals: CurrencyTotal[],
  deal: Pick<BoardDeal, "currency" | "value" | "weightedValue">,
  sign: 1 | -1,
): CurrencyTotal[] {
  const current = totals.find((t) => t.currency === deal.currency) ?? {
    currency: deal.currency,
    count: 0,
    value: 0,
    weightedValue: 0,
  };
  const next = {
    currency: deal.currency,
    count: current.count + sign,
    value: current.value + sign * deal.value,
    weightedValue: current.weightedValue + sign * deal.weightedValue,
  };
  const rest = totals.filter((t) => t.currency !== deal.currency);
  if (next.count <= 0) return rest;
  return totals.some((t) => t.currency === deal.currency)
    ? totals.map((t) => (t.currency === deal.currency ? next : t))
    : [...rest, next];
}

/** Totals as shown: the org's currency first, then the others alphabetically. */
export function orderTotals(totals: CurrencyTotal[], orgCurrency: string): CurrencyTotal[] {
  return [...totals].sort(
    (a, b) =>
      Number(b.currency === orgCurrency) - Number(a.currency === orgCurrency) ||
      a.currency.localeCompare(b.currency),
  );
}
