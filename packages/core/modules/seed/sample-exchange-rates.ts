import { sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { newId } from "../../platform/ids";
import { exchangeRates } from "../exchange-rates/tables";
import { CURRENCIES } from "./generate-rows";

/** Worth of one unit in US dollars: round, plausible figures for sample data, not market rates. */
const USD_VALUE: Readonly<Record<string, number>> = { USD: 1, EUR: 1.08, GBP: 1.27 };

/**
 * Rates to the org's currency for the other currencies the sample deals use, so the demo board and
 * dashboard add their money up instead of showing every foreign total as "no rate". An org whose
 * currency the table does not know gets none (its admin enters them, or imports the ECB's).
 */
export async function addSampleExchangeRates(orgId: string, orgCurrency: string): Promise<number> {
  const base = USD_VALUE[orgCurrency];
  if (base === undefined) return 0;
  const rows = CURRENCIES.filter((c) => c !== orgCurrency).map((currency) => ({
    id: newId(),
    orgId,
    currency,
    baseCurrency: orgCurrency,
    rate: ((USD_VALUE[currency] ?? 1) / base).toFixed(6),
    validFrom: sql`current_date`,
    source: "manual" as const,
  }));
  const db = await getDb();
  const inserted = await db
    .insert(exchangeRates)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: exchangeRates.id });
  return inserted.length;
}
