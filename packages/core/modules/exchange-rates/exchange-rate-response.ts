import type { ExchangeRateRow } from "./tables";

/** The API's shape of a rate: the numeric column as a number, timestamps as ISO strings. */
export const toExchangeRate = (row: ExchangeRateRow) => ({
  id: row.id,
  currency: row.currency,
  baseCurrency: row.baseCurrency,
  rate: Number(row.rate),
  validFrom: row.validFrom,
  source: row.source,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
export type ExchangeRateDto = ReturnType<typeof toExchangeRate>;
