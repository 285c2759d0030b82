import type { getPipelineBoard } from "@crm/core/modules/deals/get-board";

export type BoardData = Awaited<ReturnType<typeof getPipelineBoard>>;
export type BoardColumn = BoardData["stages"][number];
export type BoardDeal = BoardColumn["deals"][number];

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
        totalValue: column.totalValue - deal.value,
        weightedValue: column.weightedValue - deal.weightedValue,
        deals: column.deals.filter((d) => d.id !== dealId),
      };
    }
    if (column.id === target.id) {
      const at = index === "top" ? 0 : Math.min(index, column.deals.length);
      return {
        ...column,
        count: column.count + 1,
        totalValue: column.totalValue + moved.value,
        weightedValue: column.weightedValue + moved.weightedValue,
        deals: [...column.deals.slice(0, at), moved, ...column.deals.slice(at)],
      };
    }
    return column;
  });
}
