/**
 * A deal's value weighted by its probability, in minor units, rounded half up. BigInt keeps it exact
 * for values where `value * probability` would pass Number.MAX_SAFE_INTEGER. The board computes the
 * same in SQL (`round(value * probability / 100.0)`), so card and column totals agree.
 */
export function weightedValue(value: number, probability: number): number {
  return Number((BigInt(value) * BigInt(probability) + 50n) / 100n);
}

/** A deal as the API answers it: the row plus its weighted value. */
export function withWeightedValue<T extends { value: number; probability: number }>(
  deal: T,
): T & { weightedValue: number } {
  return { ...deal, weightedValue: weightedValue(deal.value, deal.probability) };
}
